import { randomUUID } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';
import { requestContext } from '../logging/request-context';

const ACCEPTABLE = /^[A-Za-z0-9._:-]{1,128}$/;

/** Gives each request an id (the caller's X-Request-Id when sane); it becomes the events' correlation id. */
export function requestIdMiddleware(request: Request, response: Response, next: NextFunction): void {
  const offered = request.header('x-request-id');
  const requestId = offered && ACCEPTABLE.test(offered) ? offered : randomUUID();
  response.setHeader('X-Request-Id', requestId);
  requestContext.run({ requestId }, next);
}
