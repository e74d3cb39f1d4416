/** A child's job: its result, or why it failed (the table says so rather than the bench stopping). */
export type Outcome<T> = { readonly ok: true; readonly result: T } | { readonly ok: false; readonly error: string };

/** The results of the runs that succeeded. */
export const succeeded = <T>(outcomes: readonly (Outcome<T> | undefined)[]): T[] =>
  outcomes.flatMap((o) => (o?.ok ? [o.result] : []));

/** The first error among `outcomes`, shortened to its first line. */
export const firstError = (outcomes: readonly (Outcome<unknown> | undefined)[]): string | null => {
  const failed = outcomes.find((o) => o && !o.ok) as { error: string } | undefined;
  return failed ? failed.error.split('\n')[0]!.slice(0, 160) : null;
};
