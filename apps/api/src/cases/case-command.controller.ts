import { CommandBus } from '@nestjs/cqrs';
import type { Response } from 'express';
import { randomUUID } from 'node:crypto';
import type { CaseCommandAnswer } from './case-caller';
import type { CaseCommandMessage } from './commands/case-command';
import { etag } from './version-header';

/** Shared by the command controllers: send to the bus, answer 201 with the new version as ETag. */
export abstract class CaseCommandController {
  constructor(protected readonly commandBus: CommandBus) {}

  protected async send(response: Response, message: CaseCommandMessage): Promise<CaseCommandAnswer> {
    const answer = await this.commandBus.execute(message);
    response.setHeader('ETag', etag(answer.version));
    return answer;
  }

  /** A short, unguessable reference for what a command creates when the caller names none. */
  protected newRef(prefix: string): string {
    return `${prefix}-${randomUUID().replace(/-/g, '').slice(0, 12)}`;
  }
}
