import type { Pool } from 'pg';

/** `url` with an application name, by which its connections are found in pg_stat_activity. */
export function named(url: string, applicationName: string): string {
  const named = new URL(url);
  named.searchParams.set('application_name', applicationName);
  return named.toString();
}

/**
 * Resolves once a connection named `applicationName` has finished `LISTEN <channel>` (its last statement, now
 * idle): the signal that a NOTIFY sent from then on is heard, instead of a pause that may be too short.
 */
export async function untilListening(pool: Pool, applicationName: string, channel: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const { rows } = await pool.query(
      `SELECT 1 FROM pg_stat_activity WHERE application_name = $1 AND state = 'idle' AND query = $2`,
      [applicationName, `LISTEN ${channel}`],
    );
    if (rows.length > 0) return;
    if (Date.now() > deadline) throw new Error(`${applicationName} did not LISTEN ${channel} within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
