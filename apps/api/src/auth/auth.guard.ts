import { CanActivate, ExecutionContext, Inject, Injectable, Logger } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Role } from '@casetrail/domain';
import type { Clock } from '../clock';
import { CLOCK } from '../config/tokens';
import { forbidden, unauthorized } from '../http/api-error';
import { sessionUserOf } from '../web/session-authentication';
import { WebSessions } from '../web/web-sessions';
import type { AuthenticatedRequest } from './current-user.decorator';
import { PUBLIC_KEY, ROLES_KEY } from './roles.decorator';
import { UsersRepository } from '@casetrail/users';

interface HeaderedRequest extends AuthenticatedRequest {
  method: string;
  path: string;
  header(name: string): string | undefined;
}

/** Authenticates the bearer token (or, for a read, the web page's session cookie), then checks the route's role table (function-level authorisation). */
@Injectable()
export class AuthGuard implements CanActivate {
  private readonly logger = new Logger('Authorisation');

  constructor(
    private readonly reflector: Reflector,
    private readonly users: UsersRepository,
    private readonly sessions: WebSessions,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;
    const request = context.switchToHttp().getRequest<HeaderedRequest>();
    const match = /^Bearer ([^\s]{1,512})$/.exec(request.header('authorization') ?? '');
    const user = match ? await this.users.findByToken(match[1]!) : await sessionUserOf(request, this.sessions, this.clock);
    if (!user) {
      this.logger.warn({ msg: 'refused', reason: 'UNAUTHENTICATED', method: request.method, path: request.path });
      throw unauthorized();
    }
    request.user = user;
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets);
    if (roles && !roles.includes(user.role)) {
      this.logger.warn({
        msg: 'refused',
        reason: 'ROLE_NOT_ALLOWED',
        userId: user.userId,
        role: user.role,
        method: request.method,
        path: request.path,
      });
      throw forbidden('ROLE_NOT_ALLOWED', `the ${user.role} role may not do this`);
    }
    return true;
  }
}
