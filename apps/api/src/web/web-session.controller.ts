import { Controller, Delete, Get, HttpCode, Inject, Post, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { DISTRICTS, ROLES, type District, type Role } from '@casetrail/domain';
import { CurrentUser } from '../auth/current-user.decorator';
import { Public, Roles } from '../auth/roles.decorator';
import type { User } from '../auth/user';
import type { Clock } from '../clock';
import { CLOCK } from '../config/tokens';
import { clearSessionCookie, sessionIdOf, setSessionCookie } from './session-cookie';
import { WebSessions } from './web-sessions';

export class SessionDto {
  @ApiProperty({ format: 'uuid' }) userId!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: ROLES }) role!: Role;
  @ApiPropertyOptional({ enum: DISTRICTS, nullable: true, description: 'null: nationwide' }) district!: District | null;
  @ApiPropertyOptional({ nullable: true, description: 'When the session cookie stops working; null when asked with a bearer token' })
  expiresAt!: string | null;
}

const answer = (user: User, expiresAt: Date | null): SessionDto => ({
  userId: user.userId,
  name: user.name,
  role: user.role,
  district: user.district,
  expiresAt: expiresAt?.toISOString() ?? null,
});

/** The web page's sign-in: a bearer token exchanged for a session cookie that authenticates reads only. */
@ApiTags('session')
@Controller('v1/session')
export class WebSessionController {
  constructor(
    private readonly sessions: WebSessions,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Post()
  @HttpCode(201)
  @Roles(...ROLES)
  @ApiBearerAuth()
  @ApiOperation({
    summary: 'Sign in: exchange the bearer token for an HttpOnly, SameSite=Strict session cookie',
    description: 'The cookie authenticates GET requests only; every write still needs the bearer token.',
  })
  @ApiCreatedResponse({ type: SessionDto })
  async signIn(@CurrentUser() user: User, @Req() request: Request, @Res({ passthrough: true }) response: Response): Promise<SessionDto> {
    const token = /^Bearer (\S+)$/.exec(request.header('authorization') ?? '')![1]!;
    const now = this.clock.now();
    const { sessionId, expiresAt } = await this.sessions.open(user, token, now);
    setSessionCookie(response, request, sessionId, expiresAt, now);
    response.setHeader('Cache-Control', 'no-store');
    return answer(user, expiresAt);
  }

  @Get()
  @Roles(...ROLES)
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Who is signed in: the user, their role and district scope' })
  @ApiOkResponse({ type: SessionDto })
  async whoAmI(@CurrentUser() user: User, @Req() request: Request, @Res({ passthrough: true }) response: Response): Promise<SessionDto> {
    const sessionId = sessionIdOf(request);
    const session = sessionId ? await this.sessions.find(sessionId, this.clock.now()) : null;
    response.setHeader('Cache-Control', 'no-store');
    return answer(user, session?.user.userId === user.userId ? session.expiresAt : null);
  }

  @Delete()
  @HttpCode(204)
  @Public()
  @ApiOperation({ summary: 'Sign out: ends the session and clears its cookie (answers 204 even without one)' })
  @ApiNoContentResponse()
  async signOut(@Req() request: Request, @Res({ passthrough: true }) response: Response): Promise<void> {
    const sessionId = sessionIdOf(request);
    if (sessionId) await this.sessions.close(sessionId);
    clearSessionCookie(response, request);
  }
}
