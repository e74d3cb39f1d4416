import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { PersonalDataVault } from '../../personal-data/personal-data.vault';
import type { CaseCommandAnswer } from '../case-caller';
import {
  AllegeOfficialComplicity, ArrestSuspect, CloseInvestigation, GrantBail, IdentifySuspect, OpenInvestigation,
  ReconstructDocket, ReportDocketMissing, SubmitDocket,
} from './investigation.commands';
import { plainRequest } from './path/case-command-request';
import { CaseCommands } from './path/case-commands.service';
import { plainCommandHandler } from './path/plain-command-handler';
import { introducingPerson, type SealedFields } from './path/personal-data-sealing';

@CommandHandler(OpenInvestigation)
export class OpenInvestigationHandler implements ICommandHandler<OpenInvestigation, CaseCommandAnswer> {
  constructor(private readonly cases: CaseCommands) {}

  execute({ caseId, data, caller }: OpenInvestigation): Promise<CaseCommandAnswer> {
    return this.cases.execute(plainRequest(caseId, caller, { type: 'OpenInvestigation', data }));
  }
}

@CommandHandler(CloseInvestigation)
export class CloseInvestigationHandler implements ICommandHandler<CloseInvestigation, CaseCommandAnswer> {
  constructor(private readonly cases: CaseCommands) {}

  execute({ caseId, data, caller }: CloseInvestigation): Promise<CaseCommandAnswer> {
    return this.cases.execute(plainRequest(caseId, caller, { type: 'CloseInvestigation', data }));
  }
}

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

@CommandHandler(ArrestSuspect)
export class ArrestSuspectHandler implements ICommandHandler<ArrestSuspect, CaseCommandAnswer> {
  constructor(private readonly cases: CaseCommands) {}

  execute({ caseId, data, caller }: ArrestSuspect): Promise<CaseCommandAnswer> {
    return this.cases.execute(plainRequest(caseId, caller, { type: 'ArrestSuspect', data }));
  }
}

@CommandHandler(SubmitDocket)
export class SubmitDocketHandler implements ICommandHandler<SubmitDocket, CaseCommandAnswer> {
  constructor(private readonly cases: CaseCommands) {}

  execute({ caseId, data, caller }: SubmitDocket): Promise<CaseCommandAnswer> {
    return this.cases.execute(plainRequest(caseId, caller, { type: 'SubmitDocket', data }));
  }
}

export const AllegeOfficialComplicityHandler = plainCommandHandler(AllegeOfficialComplicity, 'AllegeOfficialComplicity');
export const GrantBailHandler = plainCommandHandler(GrantBail, 'GrantBail');
export const ReportDocketMissingHandler = plainCommandHandler(ReportDocketMissing, 'ReportDocketMissing');
export const ReconstructDocketHandler = plainCommandHandler(ReconstructDocket, 'ReconstructDocket');

export const INVESTIGATION_HANDLERS = [
  OpenInvestigationHandler, CloseInvestigationHandler, IdentifySuspectHandler, ArrestSuspectHandler, SubmitDocketHandler,
  AllegeOfficialComplicityHandler, GrantBailHandler, ReportDocketMissingHandler, ReconstructDocketHandler,
];
