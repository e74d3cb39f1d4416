import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { PersonalDataVault } from '../../personal-data/personal-data.vault';
import type { CaseCommandAnswer } from '../case-caller';
import {
  IdentifyVictim, RecordProtectionService, RecordVictimCooperation, RecordVictimRepatriation, ReferCase,
  ReferVictimToServices,
} from './intake.commands';
import { CaseCommands } from './path/case-commands.service';
import { plainCommandHandler } from './path/plain-command-handler';
import { introducingPerson, type SealedFields } from './path/personal-data-sealing';

@CommandHandler(ReferCase)
export class ReferCaseHandler implements ICommandHandler<ReferCase, CaseCommandAnswer> {
  constructor(private readonly cases: CaseCommands) {}

  execute({ caseId, data, caller }: ReferCase): Promise<CaseCommandAnswer> {
    return this.cases.execute({
      caseId,
      caller,
      // The district is checked against the caller's on the command path (case-scope.ts), like every scope rule.
      prepare: () => ({ intent: { type: 'ReferCase', data } }),
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

export const ReferVictimToServicesHandler = plainCommandHandler(ReferVictimToServices, 'ReferVictimToServices');
export const RecordProtectionServiceHandler = plainCommandHandler(RecordProtectionService, 'RecordProtectionService');
export const RecordVictimRepatriationHandler = plainCommandHandler(RecordVictimRepatriation, 'RecordVictimRepatriation');
export const RecordVictimCooperationHandler = plainCommandHandler(RecordVictimCooperation, 'RecordVictimCooperation');

export const INTAKE_HANDLERS = [
  ReferCaseHandler, IdentifyVictimHandler, ReferVictimToServicesHandler,
  RecordProtectionServiceHandler, RecordVictimRepatriationHandler, RecordVictimCooperationHandler,
];
