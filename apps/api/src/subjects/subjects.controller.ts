import { Body, Controller, Param } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Caller } from '../cases/caller.decorator';
import type { CaseCaller } from '../cases/case-caller';
import { CaseCommandController } from '../cases/case-command.controller';
import { CommandRoute } from '../cases/command-route.decorator';
import { ErasePersonalData } from '../cases/commands';
import { ErasePersonalDataDto } from '../cases/dto/integrity.dto';
import { RefPipe } from '../cases/path-params';

@ApiTags('personal data')
@Controller('v1/subjects')
export class SubjectsController extends CaseCommandController {
  @CommandRoute(':subjectRef/erasure', "Erase a person's personal data everywhere (PersonalDataErased)", 'admin')
  erase(@Param('subjectRef', RefPipe) subjectRef: string, @Body() body: ErasePersonalDataDto, @Caller() caller: CaseCaller) {
    return this.commandBus.execute(new ErasePersonalData(subjectRef, body.reason, caller));
  }
}
