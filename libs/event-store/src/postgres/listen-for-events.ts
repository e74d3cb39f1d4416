import { Client } from 'pg';

export const EVENTS_CHANNEL = 'casetrail_events';

/**
 * Calls `onCommit` whenever any process commits events (LISTEN on the channel the events table's
 * trigger notifies). Polling stays the fallback: a dropped listener reconnects after a pause.
 */
export function listenForEvents(url: string, onCommit: () => void, onError?: (error: unknown) => void): { close(): Promise<void> } {
  let client: Client | null = null;
  let closed = false;
  let retry: NodeJS.Timeout | null = null;
  const connect = async () => {
    if (closed) return;
    const next = new Client({ connectionString: url });
    next.on('notification', () => onCommit());
    next.on('error', (error) => {
      onError?.(error);
      next.end().catch(() => undefined);
      if (!closed) retry = setTimeout(() => void connect(), 1000);
    });
    try {
      await next.connect();
      await next.query(`LISTEN ${EVENTS_CHANNEL}`);
      client = next;
    } catch (error) {
      onError?.(error);
      next.end().catch(() => undefined);
      if (!closed) retry = setTimeout(() => void connect(), 1000);
    }
  };
  void connect();
  return {
    async close() {
      closed = true;
      if (retry) clearTimeout(retry);
      await client?.end().catch(() => undefined);
    },
  };
}
