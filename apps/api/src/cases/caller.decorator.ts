import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { Request } from 'express';
import type { User } from '@casetrail/users';
import { ApiError } from '../http/api-error';
import { requestHash } from '../idempotency/idempotency.store';
import { currentRequestId } from '../logging/request-context';
import type { CaseCaller } from './case-caller';
import { parseIfMatch } from './version-header';

/** The caller of a command route: user, request id, If-Match and Idempotency-Key. */
export const Caller = createParamDecorator((_data: unknown, context: ExecutionContext): CaseCaller => {
  const request = context.switchToHttp().getRequest<Request & { user?: User }>();
  const user = request.user;
  if (!user) throw new Error('Caller used on a public route');
  const key = request.header('idempotency-key');
  if (key !== undefined && (key.length < 1 || key.length > 128)) {
    throw new ApiError(400, 'VALIDATION_FAILED', 'Idempotency-Key must be 1 to 128 characters');
  }
  return {
    user,
    requestId: currentRequestId() ?? 'none',
    ifMatch: parseIfMatch(request.header('if-match')),
    idempotency:
      key === undefined
        ? null
        : { userId: user.userId, key, requestHash: requestHash(request.method, request.path, request.body) },
  };
});
