/** A follower that cannot get past an event: it keeps trying (never skipping it) and says so here. */
export interface Stall {
  /** Which follower: `ledger`, `projection:caseload`, … */
  readonly component: string;
  /** The event it cannot process, when the failure belongs to one. */
  readonly eventId: string | null;
  readonly reason: string;
  /** When this failure began (ISO 8601). */
  readonly since: string;
}

/** A stall as seen now: with how many tries in a row have failed. */
export type StallReport = Stall & { readonly attempts: number };

/** Thrown by a follower's step when it knows which event it failed on. */
export class FailedOnEvent extends Error {
  override readonly name = 'FailedOnEvent';
  constructor(
    readonly eventId: string,
    override readonly cause: unknown,
  ) {
    super(`event ${eventId}: ${reasonOf(cause)}`);
  }
}

/**
 * A short reason for a failure, fit for logs and `/health`: its message without anything it quotes
 * (PostgreSQL quotes the offending value: `invalid input syntax for type uuid: "…"`), no stack, no data.
 */
export function reasonOf(error: unknown): string {
  if (error instanceof FailedOnEvent) return reasonOf(error.cause);
  const message = (error instanceof Error ? error.message : String(error)).replace(/"[^"]*"|'[^']*'/g, '"…"');
  return message.length > 300 ? `${message.slice(0, 297)}...` : message;
}

/**
 * The stall a failure of `component` amounts to: the previous one itself while nothing changed (so it is
 * reported once), else a new one that keeps the moment the follower first stopped advancing.
 */
export function stallOf(component: string, error: unknown, previous: Stall | null, now: Date): Stall {
  const eventId = error instanceof FailedOnEvent ? error.eventId : null;
  const reason = reasonOf(error);
  if (previous && previous.eventId === eventId && previous.reason === reason) return previous;
  return { component, eventId, reason, since: previous?.since ?? now.toISOString() };
}
