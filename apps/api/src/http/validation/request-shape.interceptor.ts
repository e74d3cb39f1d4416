import { Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import type { Observable } from 'rxjs';
import { ApiError } from '../api-error';
import { bodyProblems, parameterProblems, type ShapeProblem } from './request-shape';

interface ParsedRequest {
  readonly body?: unknown;
  readonly query?: unknown;
  readonly params?: unknown;
}

/**
 * Refuses a request whose body, query string or path holds what could never be stored, before any
 * parameter is bound (so before class-transformer, and before anything hashes the body). An
 * interceptor, not a pipe: pipes run after custom parameter decorators have already read the body.
 */
@Injectable()
export class RequestShapeInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() === 'http') {
      const request = context.switchToHttp().getRequest<ParsedRequest>();
      const problems: ShapeProblem[] = [
        ...parameterProblems(request.params),
        ...parameterProblems(request.query),
        ...(request.body === undefined ? [] : bodyProblems(request.body)),
      ];
      if (problems.length > 0) {
        const message = problems.flatMap((p) => p.problems).join('; ');
        throw new ApiError(400, 'VALIDATION_FAILED', message, { fields: problems });
      }
    }
    return next.handle();
  }
}
