import { HttpException } from '@nestjs/common';

/** An HTTP refusal with the contract's error body: statusCode, error, code, message. */
export class ApiError extends HttpException {
  constructor(
    status: number,
    readonly code: string,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super({ code, message, ...details }, status);
  }
}

export const unauthorized = (message = 'a valid bearer token is required') =>
  new ApiError(401, 'UNAUTHENTICATED', message);
export const forbidden = (code: string, message: string) => new ApiError(403, code, message);
export const caseNotFound = (caseId: string) =>
  new ApiError(404, 'CASE_NOT_FOUND', `case ${caseId} was not found`);
