import { Command } from '@nestjs/cqrs';
import type { CaseCommandIntent } from '@casetrail/domain';
import type { CaseCaller, CaseCommandAnswer, CreatedRefs } from '../case-caller';

/** Base of every case command on the bus: which case, what to decide, and who asks. */
export abstract class CaseCommandMessage extends Command<CaseCommandAnswer> {
  constructor(
    readonly caseId: string,
    readonly intent: CaseCommandIntent,
    readonly caller: CaseCaller,
    readonly created: CreatedRefs = {},
    readonly personal: Readonly<Record<string, string>> | null = null,
    /** A person whose data key is destroyed in the same transaction (erasure). */
    readonly erasesSubject: string | null = null,
  ) {
    super();
  }
}
