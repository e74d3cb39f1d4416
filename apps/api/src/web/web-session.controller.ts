import { Controller, Delete, Get, HttpCode, Inject, Post, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { DISTRICTS, ROLES, type District, type Role } from '@casetrail/domain';
import { CurrentUser } from '../auth/current-user.decorator';
import { Public, Roles } from '../auth/roles.decorator';
import type { User } from '@casetrail/users';
import type { Clock } from '../clock';
import { CLOCK } from '../config/tokens';
import { clearSessionCookie, sessionIdOf, setSessionCookie } from './session-cookie';
import { WebSessions, type WebSession } from './web-sessions';

export class SessionUserDto {
  @ApiProperty({ format: 'uuid' }) userId!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: ROLES }) role!: Role;
  @ApiProperty({ enum: DISTRICTS, nullable: true, type: String, description: 'null: nationwide' }) district!: District | null;
}

export class SessionDto {
  @ApiProperty({ type: SessionUserDto, nullable: true, description: 'null: nobody is signed in with this cookie' })
  user!: SessionUserDto | null;
  @ApiProperty({ nullable: true, type: String, description: 'When the session cookie stops working' })
  expiresAt!: string | null;
}

const answer = (session: WebSession | null): SessionDto => ({
  user: session
    ? { userId: session.user.userId, name: session.user.name, role: session.user.role, district: session.user.district }
    : null,
  expiresAt: session?.expiresAt.toISOString() ?? null,
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
    return answer({ user, expiresAt });
  }

  @Get()
  @Public()
  @ApiOperation({
    summary: 'Who is signed in with this session cookie: the user, their role and district scope (user null: nobody)',
    description: 'Answers 200 without a session, so that the page can ask before anyone signs in.',
  })
  @ApiOkResponse({ type: SessionDto })
  async current(@Req() request: Request, @Res({ passthrough: true }) response: Response): Promise<SessionDto> {
    const sessionId = sessionIdOf(request);
    response.setHeader('Cache-Control', 'no-store');
    return answer(sessionId ? await this.sessions.find(sessionId, this.clock.now()) : null);
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
