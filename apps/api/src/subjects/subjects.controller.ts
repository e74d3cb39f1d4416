import { Body, Controller, Inject, Param, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Caller } from '../cases/caller.decorator';
import type { CaseCaller } from '../cases/case-caller';
import { CaseCommandController } from '../cases/case-command.controller';
import { CommandRoute } from '../cases/command-route.decorator';
import { ErasePersonalData } from '../cases/commands/case-commands';
import { ErasePersonalDataDto } from '../cases/dto/integrity.dto';
import { RefPipe } from '../cases/path-params';
import { ApiError } from '../http/api-error';
import type { PersonalData } from '@casetrail/personal-data';
import { PERSONAL_DATA } from '../personal-data/personal-data.token';
import { PersonalDataVault } from '../personal-data/personal-data.vault';

@ApiTags('personal data')
@Controller('v1/subjects')
export class SubjectsController extends CaseCommandController {
  constructor(
    commandBus: CommandBus,
    private readonly vault: PersonalDataVault,
    @Inject(PERSONAL_DATA) private readonly personalData: PersonalData,
  ) {
    super(commandBus);
  }

  @CommandRoute(':subjectRef/erasure', "Erase a person's personal data everywhere (PersonalDataErased)", 'admin')
  async erase(
    @Param('subjectRef', RefPipe) subjectRef: string,
    @Body() body: ErasePersonalDataDto,
    @Caller() caller: CaseCaller,
    @Res({ passthrough: true }) res: Response,
  ) {
    const subject = await this.vault.findSubject(subjectRef);
    if (!subject) throw new ApiError(404, 'SUBJECT_NOT_FOUND', `no person has the reference ${subjectRef}`);
    const data = { subjectRef, reason: body.reason };
    const answer = await this.send(
      res,
      new ErasePersonalData(subject.caseId, { type: 'ErasePersonalData', data }, caller, {}, null, subjectRef),
    );
    // Committed: now the epoch that wrapped the person's key goes, so older copies cannot open them either.
    return { ...answer, ...(await this.personalData.afterErasure(subjectRef)) };
  }
}
