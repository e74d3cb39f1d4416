import { WrongExpectedVersionError } from '@casetrail/event-store';
import { VersionConflict } from './version-conflict';

/**
 * Runs `attempt` again when a concurrent writer got to the case first, after a short random pause
 * (up to `retries` times); with If-Match there is no retry: the caller's version is stale.
 */
export async function retryingWriteRaces<T>(
  caseId: string,
  ifMatch: number | null,
  retries: number,
  attempt: () => Promise<T>,
  onRetry: (attempt: number) => void = () => undefined,
): Promise<T> {
  for (let n = 0; ; n++) {
    try {
      return await attempt();
    } catch (error) {
      if (!(error instanceof WrongExpectedVersionError)) throw error;
      if (ifMatch !== null) throw new VersionConflict(caseId, true);
      if (n >= retries) throw new VersionConflict(caseId, false);
      onRetry(n);
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 5 * (n + 1)));
    }
  }
}
