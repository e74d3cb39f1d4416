import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { User } from '@casetrail/users';

export interface AuthenticatedRequest {
  user?: User;
}

export const CurrentUser = createParamDecorator((_data: unknown, context: ExecutionContext): User => {
  const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
  if (!request.user) throw new Error('CurrentUser used on a public route');
  return request.user;
});
