import { Inject, type Type } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CaseCommandAnswer } from '../case-caller';
import type { CaseCommandMessage } from './case-command';
import { CaseCommandExecutor } from './case-command.executor';
import { CASE_COMMANDS } from './case-commands';

/** The handler of one command: the shared load-decide-append-publish path, bound to that command alone. */
function handlerFor(command: Type<CaseCommandMessage>): Type<ICommandHandler<CaseCommandMessage>> {
  @CommandHandler(command)
  class Handler implements ICommandHandler<CaseCommandMessage, CaseCommandAnswer> {
    constructor(@Inject(CaseCommandExecutor) private readonly cases: CaseCommandExecutor) {}

    execute(message: CaseCommandMessage): Promise<CaseCommandAnswer> {
      return this.cases.execute(message);
    }
  }
  Object.defineProperty(Handler, 'name', { value: `${command.name}Handler` });
  return Handler;
}

export const CASE_COMMAND_HANDLERS = CASE_COMMANDS.map(handlerFor);
