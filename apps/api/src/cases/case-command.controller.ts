import { Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { randomUUID } from 'node:crypto';

/** Shared by the command controllers: the bus they send to, and references for what a command creates. */
@Injectable() // so that its constructor's parameter types are recorded for the controllers that inherit it
export abstract class CaseCommandController {
  constructor(protected readonly commandBus: CommandBus) {}

  /** A short, unguessable reference for what a command creates when the caller names none. */
  protected newRef(prefix: string): string {
    return `${prefix}-${randomUUID().replace(/-/g, '').slice(0, 12)}`;
  }
}
