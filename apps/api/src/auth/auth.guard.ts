import { CanActivate, ExecutionContext, Inject, Injectable, Logger } from '@nestjs/common';
import { HttpAdapterHost, Reflector } from '@nestjs/core';
import type { Role } from '@casetrail/domain';
import type { Clock } from '../clock';
import { CLOCK } from '../config/tokens';
import { ApiError, forbidden, unauthorized } from '../http/api-error';
import { sessionUserOf } from '../web/session-authentication';
import { WebSessions } from '../web/web-sessions';
import { AuthenticationFailures } from './authentication-failures';
import type { AuthenticatedRequest } from './current-user.decorator';
import { PUBLIC_KEY, ROLES_KEY } from './roles.decorator';
import { UsersRepository } from '@casetrail/users';

interface HeaderedRequest extends AuthenticatedRequest {
  readonly method: string;
  readonly url: string;
  readonly ip?: string;
  readonly headers: Readonly<Record<string, string | string[] | undefined>>;
}

const tooManyFailures = (seconds: number) =>
  new ApiError(429, 'RATE_LIMITED', `too many failed authentications from this address; retry after ${seconds} s`);

/** Authenticates the bearer token (or, for a read, the web page's session cookie), then checks the route's role table (function-level authorisation). */
@Injectable()
export class AuthGuard implements CanActivate {
  private readonly logger = new Logger('Authorisation');

  constructor(
    private readonly reflector: Reflector,
    private readonly users: UsersRepository,
    private readonly failures: AuthenticationFailures,
    private readonly adapterHost: HttpAdapterHost,
    private readonly sessions: WebSessions,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;
    const request = context.switchToHttp().getRequest<HeaderedRequest>();
    const path = request.url.split('?')[0];
    const presented = request.headers.authorization;
    const address = request.ip ?? 'unknown';
    if (presented !== undefined) {
      const blocked = this.failures.blockedFor(address);
      if (blocked > 0) this.refuseBlocked(context, blocked);
    }
    const match = /^Bearer ([^\s]{1,512})$/.exec(typeof presented === 'string' ? presented : '');
    const user = match ? await this.users.findByToken(match[1]!) : await sessionUserOf(request, this.sessions, this.clock);
    if (!user) {
      this.logger.warn({ msg: 'refused', reason: 'UNAUTHENTICATED', method: request.method, path });
      if (presented !== undefined) {
        const blocked = await this.failures.record(address);
        if (blocked > 0) this.refuseBlocked(context, blocked);
      }
      throw unauthorized();
    }
    request.user = user;
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets);
    if (roles && !roles.includes(user.role)) {
      this.logger.warn({ msg: 'refused', reason: 'ROLE_NOT_ALLOWED', userId: user.userId, role: user.role, method: request.method, path });
      throw forbidden('ROLE_NOT_ALLOWED', `the ${user.role} role may not do this`);
    }
    return true;
  }

  private refuseBlocked(context: ExecutionContext, seconds: number): never {
    this.adapterHost.httpAdapter.setHeader(context.switchToHttp().getResponse(), 'Retry-After', String(seconds));
    throw tooManyFailures(seconds);
  }
}
