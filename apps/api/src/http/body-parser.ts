import express, { type ErrorRequestHandler, type RequestHandler } from 'express';
import { errorBody } from './error-body';

/** JSON bodies only, up to `limit`; a body that cannot be read gets the contract's error body. */
export function jsonBody(limit: string): RequestHandler[] {
  const parse = express.json({ limit, strict: true, type: () => true });
  const refuse: ErrorRequestHandler = (error: { type?: string; status?: number }, _request, response, next) => {
    if (error?.type === 'entity.too.large') {
      response.status(413).json(errorBody(413, 'PAYLOAD_TOO_LARGE', `the body is larger than ${limit}`));
    } else if (error?.status && error.status < 500) {
      response.status(400).json(errorBody(400, 'VALIDATION_FAILED', 'the body is not valid JSON'));
    } else {
      next(error);
    }
  };
  return [parse, refuse as unknown as RequestHandler];
}
