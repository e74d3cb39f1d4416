import type { Request, Response } from 'express';

/** The web session's cookie: HttpOnly (no script reads it), SameSite=Strict (no other site sends it). */
export const SESSION_COOKIE = 'casetrail_session';

const SESSION_ID = /^[A-Za-z0-9_-]{43}$/;

/** The session id the browser sent, if well-formed. */
export function sessionIdOf(request: { readonly headers: Readonly<Record<string, string | string[] | undefined>> }): string | null {
  const cookies = request.headers.cookie;
  for (const part of (typeof cookies === 'string' ? cookies : '').split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === SESSION_COOKIE) {
      const id = value.join('=');
      return SESSION_ID.test(id) ? id : null;
    }
  }
  return null;
}

export function setSessionCookie(response: Response, request: Request, sessionId: string, expiresAt: Date, now: Date): void {
  response.cookie(SESSION_COOKIE, sessionId, {
    httpOnly: true,
    sameSite: 'strict',
    secure: request.secure,
    path: '/',
    maxAge: Math.max(0, expiresAt.getTime() - now.getTime()),
  });
}

export function clearSessionCookie(response: Response, request: Request): void {
  response.clearCookie(SESSION_COOKIE, { httpOnly: true, sameSite: 'strict', secure: request.secure, path: '/' });
}
