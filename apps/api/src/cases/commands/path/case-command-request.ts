import type { CaseCommandIntent, CaseState } from '@casetrail/domain';
import type { CaseCaller, CaseCommandAnswer } from '../../case-caller';
import type { WriteBeside } from './writes-beside';

/** What a command asks of the case, once its handler has seen the case as it stands. */
export interface PreparedCommand {
  readonly intent: CaseCommandIntent;
  /** Writes that belong with the events (a person's data key stored, an erased one destroyed). */
  readonly writes?: readonly WriteBeside[];
  /** Added to the answer: references the command created. */
  readonly answer?: Partial<Omit<CaseCommandAnswer, 'caseId' | 'version' | 'position' | 'eventIds'>>;
}

/** A handler's request to the command path: which case, who asks, and how to prepare the command. */
export interface CaseCommandRequest {
  readonly caseId: string;
  readonly caller: CaseCaller;
  /** Called on each attempt with the case as loaded and the id its first new event will carry. */
  prepare(context: { readonly state: CaseState; readonly firstEventId: string }): PreparedCommand | Promise<PreparedCommand>;
}

/** A request for a command that needs nothing but its intent. */
export const plainRequest = (caseId: string, caller: CaseCaller, intent: CaseCommandIntent, answer?: PreparedCommand['answer']): CaseCommandRequest => ({
  caseId,
  caller,
  prepare: () => ({ intent, ...(answer ? { answer } : {}) }),
});
