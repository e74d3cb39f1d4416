import { Inject, Injectable } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import type { EventStore } from '@casetrail/event-store';
import type { User } from '@casetrail/users';
import { EVENT_STORE } from '../../config/tokens';
import { ApiError, forbidden } from '../../http/api-error';
import { validationFailed } from '../../http/validation/validation.pipe';
import { assertStoredCaseInScope } from '../case-scope';
import { CORRECTABLE_EVENTS } from './correctable-events';

/**
 * Before a correction reaches the domain: the caller must hold a role that may issue the corrected
 * command, and the changed fields must pass that command's own validation.
 */
@Injectable()
export class CorrectionPolicy {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async check(user: User, caseId: string, eventId: string, changes: Record<string, unknown>): Promise<void> {
    const target = await this.store.readEvent(eventId);
    if (!target || target.streamKind !== 'case' || target.streamId !== caseId) return; // the domain refuses it by name
    await assertStoredCaseInScope(this.store, user, caseId); // before any answer that tells the case exists
    const correctable = CORRECTABLE_EVENTS[target.type];
    if (!correctable) return;
    if (!correctable.roles.includes(user.role)) {
      throw forbidden('ROLE_NOT_ALLOWED', `the ${user.role} role may not correct a ${target.type} event`);
    }
    const unknown = Object.keys(changes).filter((field) => !(field in target.data));
    if (unknown.length > 0) {
      throw new ApiError(400, 'VALIDATION_FAILED', `${target.type} has no field ${unknown.join(', ')}`, {
        fields: unknown.map((field) => ({ field: `changes.${field}`, problems: ['unknown field'] })),
      });
    }
    const candidate = plainToInstance(correctable.dto, changes, { enableImplicitConversion: false });
    const errors = await validate(candidate, { skipMissingProperties: true, whitelist: true, forbidUnknownValues: true });
    if (errors.length > 0) throw validationFailed(errors);
  }
}
