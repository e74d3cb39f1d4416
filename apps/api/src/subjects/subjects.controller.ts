import { Body, Controller, Inject, Param } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import type { PersonalData } from '@casetrail/personal-data';
import { Caller } from '../cases/caller.decorator';
import type { CaseCaller } from '../cases/case-caller';
import { CaseCommandController } from '../cases/case-command.controller';
import { CommandRoute } from '../cases/command-route.decorator';
import { ErasePersonalData } from '../cases/commands';
import { ErasePersonalDataDto } from '../cases/dto/integrity.dto';
import { RefPipe } from '../cases/path-params';
import { PERSONAL_DATA } from '../personal-data/personal-data.token';

@ApiTags('personal data')
@Controller('v1/subjects')
export class SubjectsController extends CaseCommandController {
  constructor(
    commandBus: CommandBus,
    @Inject(PERSONAL_DATA) private readonly personalData: PersonalData,
  ) {
    super(commandBus);
  }

  @CommandRoute(':subjectRef/erasure', "Erase a person's personal data everywhere (PersonalDataErased)", 'admin')
  async erase(@Param('subjectRef', RefPipe) subjectRef: string, @Body() body: ErasePersonalDataDto, @Caller() caller: CaseCaller) {
    const answer = await this.commandBus.execute(new ErasePersonalData(subjectRef, body.reason, caller));
    // Committed: now the epoch that wrapped the person's key goes, so older copies cannot open them either.
    return { ...answer, ...(await this.personalData.afterErasure(subjectRef)) };
  }
}
