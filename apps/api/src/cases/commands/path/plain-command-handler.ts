import { Inject, type Type } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CaseCommandIntent, CaseCommandType } from '@casetrail/domain';
import type { CaseCommandAnswer } from '../../case-caller';
import type { CaseCommand, DataOf } from '../command-data';
import { plainRequest, type PreparedCommand } from './case-command-request';
import { CaseCommands } from './case-commands.service';

/** The domain's intent for a command of type `T` (a generic type does not narrow the intent's union). */
const intentOf = <T extends CaseCommandType>(type: T, data: DataOf<T>) => ({ type, data }) as CaseCommandIntent;

/**
 * The handler of one plain command: it sends the command's intent down the command path, and adds to the
 * answer what `answerOf` picks from the data (a reference the command created).
 */
export function plainCommandHandler<T extends CaseCommandType>(
  command: Type<CaseCommand<T>>,
  type: T,
  answerOf?: (data: DataOf<T>) => PreparedCommand['answer'],
): Type<ICommandHandler<CaseCommand<T>, CaseCommandAnswer>> {
  @CommandHandler(command)
  class PlainCommandHandler implements ICommandHandler<CaseCommand<T>, CaseCommandAnswer> {
    constructor(@Inject(CaseCommands) private readonly cases: CaseCommands) {}

    execute({ caseId, data, caller }: CaseCommand<T>): Promise<CaseCommandAnswer> {
      return this.cases.execute(plainRequest(caseId, caller, intentOf(type, data), answerOf?.(data)));
    }
  }
  Object.defineProperty(PlainCommandHandler, 'name', { value: `${type}Handler` });
  return PlainCommandHandler;
}
