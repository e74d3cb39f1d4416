import { Inject, type Type } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CaseCommandIntent, CaseCommandType } from '@casetrail/domain';
import type { CaseCaller, CaseCommandAnswer } from '../../case-caller';
import type { DataOf } from '../command-data';
import { plainRequest, type PreparedCommand } from './case-command-request';
import { CaseCommands } from './case-commands.service';

/** A routed command whose data reaches the domain exactly as the route built it. */
export interface PlainCaseCommand<T extends CaseCommandType> {
  readonly caseId: string;
  readonly data: DataOf<T>;
  readonly caller: CaseCaller;
}

/** The domain's intent for a command of type `T` (a generic type does not narrow the intent's union). */
const intentOf = <T extends CaseCommandType>(type: T, data: DataOf<T>) => ({ type, data }) as CaseCommandIntent;

/**
 * The handler of one plain command: it sends the command's intent down the command path, and adds to the
 * answer what `answerOf` picks from the data (a reference the command created).
 */
export function plainCommandHandler<T extends CaseCommandType>(
  command: Type<PlainCaseCommand<T>>,
  type: T,
  answerOf?: (data: DataOf<T>) => PreparedCommand['answer'],
): Type<ICommandHandler<PlainCaseCommand<T>, CaseCommandAnswer>> {
  @CommandHandler(command)
  class PlainCommandHandler implements ICommandHandler<PlainCaseCommand<T>, CaseCommandAnswer> {
    constructor(@Inject(CaseCommands) private readonly cases: CaseCommands) {}

    execute({ caseId, data, caller }: PlainCaseCommand<T>): Promise<CaseCommandAnswer> {
      return this.cases.execute(plainRequest(caseId, caller, intentOf(type, data), answerOf?.(data)));
    }
  }
  Object.defineProperty(PlainCommandHandler, 'name', { value: `${type}Handler` });
  return PlainCommandHandler;
}
