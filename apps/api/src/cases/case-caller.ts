import type { User } from '@casetrail/users';
import type { IdempotencyClaim } from '../idempotency/idempotency.store';

/** Who sends a command, and the HTTP conditions that come with it. */
export interface CaseCaller {
  readonly user: User;
  readonly requestId: string;
  /** The version from If-Match: the command applies only to a case at exactly that version. */
  readonly ifMatch: number | null;
  readonly idempotency: IdempotencyClaim | null;
}

/** What a command created that the caller needs to refer to afterwards. */
export type CreatedRefs = Partial<Record<'victimRef' | 'suspectRef' | 'summonsRef' | 'appealRef' | 'evidenceRef', string>>;

/** The contract's answer to every command. */
export interface CaseCommandAnswer extends CreatedRefs {
  readonly caseId: string;
  readonly version: number;
  readonly position: number;
  readonly eventIds: string[];
  readonly subjectRef?: string;
}
