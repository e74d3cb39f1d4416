import { Injectable, StreamableFile, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request, Response } from 'express';
import { map, type Observable } from 'rxjs';
import { csvStream } from './csv/csv-stream';
import { csvTable } from './csv/csv-table';
import { chosenFormat, EXPORTS_KEY, type ExportFormat } from './export-formats';

/** The file's name: the route's last path segment (`flags.csv`, `government-action.pdf`). */
const fileName = (request: Request, format: ExportFormat) => `${request.path.split('/').filter(Boolean).pop() ?? 'export'}.${format}`;

/**
 * One place that answers CSV or PDF for every route marked `@Exports(...)`: the handler answers its JSON,
 * and this renders that very answer, so an export never says more or less than the JSON does.
 */
@Injectable()
export class ExportInterceptor implements NestInterceptor {
  constructor(private readonly reflector: Reflector) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http') return next.handle();
    const request = context.switchToHttp().getRequest<Request>();
    const offered = this.reflector.get<ExportFormat[] | undefined>(EXPORTS_KEY, context.getHandler()) ?? [];
    const format = chosenFormat(request, offered);
    if (offered.length > 0) context.switchToHttp().getResponse<Response>().vary('Accept');
    if (format === 'json') return next.handle();
    const disposition = `attachment; filename="${fileName(request, format)}"`;
    return next.handle().pipe(
      map((answer: unknown) => {
        const table = csvTable(answer);
        return new StreamableFile(csvStream(table.columns, table.rows), { type: 'text/csv; charset=utf-8', disposition });
      }),
    );
  }
}
