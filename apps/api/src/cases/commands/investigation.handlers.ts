import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { PersonalDataVault } from '../../personal-data/personal-data.vault';
import type { CaseCommandAnswer } from '../case-caller';
import {
  AllegeOfficialComplicity, ArrestSuspect, CloseInvestigation, GrantBail, IdentifySuspect, OpenInvestigation,
  ReconstructDocket, ReportDocketMissing, SubmitDocket,
} from './investigation.commands';
import { CaseCommands } from './path/case-commands.service';
import { plainCommandHandler } from './path/plain-command-handler';
import { introducingPerson, type SealedFields } from './path/personal-data-sealing';

export const OpenInvestigationHandler = plainCommandHandler(OpenInvestigation, 'OpenInvestigation');
export const CloseInvestigationHandler = plainCommandHandler(CloseInvestigation, 'CloseInvestigation');

@CommandHandler(IdentifySuspect)
export class IdentifySuspectHandler implements ICommandHandler<IdentifySuspect, CaseCommandAnswer> {
  constructor(
    private readonly cases: CaseCommands,
    private readonly vault: PersonalDataVault,
  ) {}

  execute({ caseId, data, personal, caller }: IdentifySuspect): Promise<CaseCommandAnswer> {
    const intentOf = (person: SealedFields) => ({ type: 'IdentifySuspect', data: { ...data, ...person } }) as const;
    return this.cases.execute(introducingPerson(this.vault, caseId, caller, personal, intentOf, { suspectRef: data.suspectRef }));
  }
}

export const ArrestSuspectHandler = plainCommandHandler(ArrestSuspect, 'ArrestSuspect');
export const SubmitDocketHandler = plainCommandHandler(SubmitDocket, 'SubmitDocket');
export const AllegeOfficialComplicityHandler = plainCommandHandler(AllegeOfficialComplicity, 'AllegeOfficialComplicity');
export const GrantBailHandler = plainCommandHandler(GrantBail, 'GrantBail');
export const ReportDocketMissingHandler = plainCommandHandler(ReportDocketMissing, 'ReportDocketMissing');
export const ReconstructDocketHandler = plainCommandHandler(ReconstructDocket, 'ReconstructDocket');

export const INVESTIGATION_HANDLERS = [
  OpenInvestigationHandler, CloseInvestigationHandler, IdentifySuspectHandler, ArrestSuspectHandler, SubmitDocketHandler,
  AllegeOfficialComplicityHandler, GrantBailHandler, ReportDocketMissingHandler, ReconstructDocketHandler,
];
