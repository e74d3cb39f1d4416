import { Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { map, type Observable } from 'rxjs';
import { etag } from './version-header';

/** What the HTTP platform's response offers to set a header (Express and Fastify alike). */
interface HeaderSetter {
  header(name: string, value: string): unknown;
}

/** A command's answer goes out with the case's new version as its ETag, without the controller touching the response. */
@Injectable()
export class VersionETag implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    return next.handle().pipe(
      map((answer: { version?: unknown }) => {
        if (typeof answer?.version === 'number') context.switchToHttp().getResponse<HeaderSetter>().header('ETag', etag(answer.version));
        return answer;
      }),
    );
  }
}
