import { Body, Controller, Param } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Caller } from '../caller.decorator';
import type { CaseCaller } from '../case-caller';
import { CaseCommandController } from '../case-command.controller';
import { CommandRoute } from '../command-route.decorator';
import { AttachEvidence, CloseCase, CorrectEvent } from '../commands';
import { AttachEvidenceDto, CorrectEventDto } from '../dto/integrity.dto';
import { ReasonDto } from '../dto/reason.dto';
import { CaseIdPipe } from '../path-params';

@ApiTags('cases')
@Controller('v1/cases/:caseId')
export class CaseIntegrityController extends CaseCommandController {
  @CommandRoute('closure', 'Close the case', 'investigator', 'prosecutor')
  close(
    @Param('caseId', CaseIdPipe) caseId: string,
    @Body() body: ReasonDto,
    @Caller() caller: CaseCaller,
  ) {
    return this.commandBus.execute(new CloseCase(caseId, { ...body }, caller));
  }

  @CommandRoute(
    'corrections',
    'Correct an earlier event (EventCorrected); the earlier event is never edited',
    'investigator', 'prosecutor', 'court_clerk', 'victim_services',
  )
  correct(
    @Param('caseId', CaseIdPipe) caseId: string,
    @Body() body: CorrectEventDto,
    @Caller() caller: CaseCaller,
  ) {
    return this.commandBus.execute(new CorrectEvent(caseId, { ...body }, caller));
  }

  @CommandRoute(
    'evidence',
    'Attach evidence by the SHA-256 of its document (the document is never sent); answers its evidenceRef',
    'investigator', 'prosecutor', 'court_clerk',
  )
  attachEvidence(
    @Param('caseId', CaseIdPipe) caseId: string,
    @Body() body: AttachEvidenceDto,
    @Caller() caller: CaseCaller,
  ) {
    const evidenceRef = body.evidenceRef ?? this.newRef('ev');
    const data = { ...body, evidenceRef, mediaType: body.mediaType ?? null, custodian: body.custodian ?? null };
    return this.commandBus.execute(new AttachEvidence(caseId, data, caller));
  }
}
