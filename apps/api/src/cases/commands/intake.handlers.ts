import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CaseState, District } from '@casetrail/domain';
import type { User } from '@casetrail/users';
import { forbidden } from '../../http/api-error';
import { PersonalDataVault } from '../../personal-data/personal-data.vault';
import type { CaseCommandAnswer } from '../case-caller';
import { IdentifyVictim, ReferCase, ReferVictimToServices } from './intake.commands';
import { plainRequest } from './path/case-command-request';
import { CaseCommands } from './path/case-commands.service';
import { introducingPerson, type SealedFields } from './path/personal-data-sealing';

/** A district-scoped user refers cases in their own district only. */
function assertMayRefer(user: User, district: District, state: CaseState): void {
  if (state.status !== 'not_referred' || user.district === null || district === user.district) return;
  throw forbidden('DISTRICT_OUT_OF_SCOPE', `you may refer cases in ${user.district} only`);
}

@CommandHandler(ReferCase)
export class ReferCaseHandler implements ICommandHandler<ReferCase, CaseCommandAnswer> {
  constructor(private readonly cases: CaseCommands) {}

  execute({ caseId, data, caller }: ReferCase): Promise<CaseCommandAnswer> {
    return this.cases.execute({
      caseId,
      caller,
      prepare: ({ state }) => {
        assertMayRefer(caller.user, data.district, state);
        return { intent: { type: 'ReferCase', data } };
      },
    });
  }
}

@CommandHandler(IdentifyVictim)
export class IdentifyVictimHandler implements ICommandHandler<IdentifyVictim, CaseCommandAnswer> {
  constructor(
    private readonly cases: CaseCommands,
    private readonly vault: PersonalDataVault,
  ) {}

  execute({ caseId, data, personal, caller }: IdentifyVictim): Promise<CaseCommandAnswer> {
    const intentOf = (person: SealedFields) => ({ type: 'IdentifyVictim', data: { ...data, ...person } }) as const;
    return this.cases.execute(introducingPerson(this.vault, caseId, caller, personal, intentOf, { victimRef: data.victimRef }));
  }
}

@CommandHandler(ReferVictimToServices)
export class ReferVictimToServicesHandler implements ICommandHandler<ReferVictimToServices, CaseCommandAnswer> {
  constructor(private readonly cases: CaseCommands) {}

  execute({ caseId, data, caller }: ReferVictimToServices): Promise<CaseCommandAnswer> {
    return this.cases.execute(plainRequest(caseId, caller, { type: 'ReferVictimToServices', data }));
  }
}

export const INTAKE_HANDLERS = [ReferCaseHandler, IdentifyVictimHandler, ReferVictimToServicesHandler];
