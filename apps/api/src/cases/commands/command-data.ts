import { Command } from '@nestjs/cqrs';
import type { CaseCommandOf, CaseCommandType } from '@casetrail/domain';
import type { CaseCaller, CaseCommandAnswer } from '../case-caller';

/** The data of the domain command `T`, as a routed command carries it. */
export type DataOf<T extends CaseCommandType> = CaseCommandOf<T>['data'];

/** A new person's details as the caller gave them, before they are sealed. */
export type PersonalDetails = Readonly<Record<string, string | undefined>>;

/** A routed command of a case: the case, the domain command `T`'s data exactly as the route built it, and who asks. */
export abstract class CaseCommand<T extends CaseCommandType> extends Command<CaseCommandAnswer> {
  constructor(readonly caseId: string, readonly data: DataOf<T>, readonly caller: CaseCaller) {
    super();
  }
}

/** A command that introduces a person: their details travel apart from the data, to be sealed before they reach the event. */
export abstract class IntroducingPersonCommand<T extends 'IdentifyVictim' | 'IdentifySuspect'> extends Command<CaseCommandAnswer> {
  constructor(
    readonly caseId: string,
    readonly data: Omit<DataOf<T>, 'personal' | 'subjectRef'>,
    readonly personal: PersonalDetails | null,
    readonly caller: CaseCaller,
  ) {
    super();
  }
}
