import { ArgumentsHost, Catch, HttpException, Logger, type ExceptionFilter } from '@nestjs/common';
import type { Response } from 'express';
import { ApiError } from './api-error';
import { errorBody, type ErrorBody } from './error-body';
import { refusalBody } from './refusals';

/** What a log line may say of a failure: its kind, code and stack, never the values it carried. */
function describe(exception: unknown): Record<string, unknown> {
  const { code, name, stack } = (exception ?? {}) as { code?: unknown; name?: unknown; stack?: unknown };
  const where = typeof stack === 'string' ? stack.split('\n').slice(1, 6).join(' | ') : undefined;
  return { error: typeof name === 'string' ? name : typeof exception, code, stack: where };
}

/** The one place where refusals become HTTP answers. */
@Catch()
export class ProblemFilter implements ExceptionFilter {
  private readonly logger = new Logger('Http');

  catch(exception: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    const body = this.toBody(exception);
    if (body.statusCode >= 500) this.logger.error({ msg: 'unhandled', ...describe(exception) });
    response.status(body.statusCode).json(body);
  }

  private toBody(exception: unknown): ErrorBody {
    const refusal = refusalBody(exception);
    if (refusal) return refusal;
    if (exception instanceof ApiError) {
      const { code, message, ...details } = exception.getResponse() as { code: string; message: string };
      return errorBody(exception.getStatus(), code, message, details);
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const code = status === 404 ? 'ROUTE_NOT_FOUND' : status === 413 ? 'PAYLOAD_TOO_LARGE' : `HTTP_${status}`;
      return errorBody(status, code, exception.message);
    }
    return errorBody(500, 'INTERNAL_ERROR', 'the server failed; nothing was stored');
  }
}
