import type { NextFunction, Request, Response } from 'express';
import { createHash } from 'node:crypto';
import { RateLimiter } from './rate-limit';

/** 429 past the per-token allowance; anonymous callers are counted by address. */
export function rateLimitMiddleware(perMinute: number) {
  const limiter = new RateLimiter(perMinute);
  return (request: Request, response: Response, next: NextFunction): void => {
    const authorization = request.header('authorization');
    const caller = authorization
      ? 't:' + createHash('sha256').update(authorization).digest('base64url').slice(0, 22)
      : 'a:' + (request.ip ?? 'unknown');
    const verdict = limiter.take(caller);
    if (verdict.allowed) return next();
    response.setHeader('Retry-After', String(verdict.retryAfterSeconds));
    response.status(429).json({
      statusCode: 429,
      error: 'Too Many Requests',
      code: 'RATE_LIMITED',
      message: `too many requests; retry after ${verdict.retryAfterSeconds} s`,
    });
  };
}
