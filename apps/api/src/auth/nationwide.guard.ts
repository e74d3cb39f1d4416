import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { ApiError } from '../http/api-error';
import type { AuthenticatedRequest } from './current-user.decorator';

/**
 * A route that answers for every district at once: a district-scoped caller is refused (403 NATIONWIDE_ONLY)
 * after the role check and before anything in the request is read, so the answer never depends on it.
 */
@Injectable()
export class NationwideGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    const user = context.switchToHttp().getRequest<AuthenticatedRequest>().user;
    if (user && user.district !== null) {
      throw new ApiError(403, 'NATIONWIDE_ONLY', 'this answer holds every district: it is given to nationwide callers only');
    }
    return true;
  }
}
