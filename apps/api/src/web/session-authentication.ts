import type { User } from '@casetrail/users';
import type { Clock } from '../clock';
import { sessionIdOf } from './session-cookie';
import type { WebSessions } from './web-sessions';

/** Methods a session cookie may authenticate: reads only, so a forged cross-site write has nothing to ride on. */
const READ_METHODS = new Set(['GET', 'HEAD']);

/** The user of the request's session cookie, for a read; null for any write, or without a live session. */
export async function sessionUserOf(
  request: { readonly method: string; readonly headers: Readonly<Record<string, string | string[] | undefined>> },
  sessions: WebSessions,
  clock: Clock,
): Promise<User | null> {
  if (!READ_METHODS.has(request.method.toUpperCase())) return null;
  const sessionId = sessionIdOf(request);
  if (!sessionId) return null;
  return (await sessions.find(sessionId, clock.now()))?.user ?? null;
}
