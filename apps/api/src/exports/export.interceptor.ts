import { Injectable, StreamableFile, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request, Response } from 'express';
import { mergeMap, type Observable } from 'rxjs';
import { toBase64 } from '@casetrail/ledger';
import { ApiError } from '../http/api-error';
import { CurrentCheckpoint } from '../ledger/current-checkpoint';
import { csvStream } from './csv/csv-stream';
import { csvTable } from './csv/csv-table';
import { isPlainObject } from './csv/csv-cells';
import { reportPdf, type ReportCheckpoint } from './pdf/report-pdf';
import { chosenFormat, EXPORTS_KEY, type ExportFormat } from './export-formats';
import { LIST_ITEMS_KEY } from './list-items';

/** The file's name: the route's last path segment (`flags.csv`, `government-action.pdf`). */
const fileName = (request: Request, format: ExportFormat) => `${request.path.split('/').filter(Boolean).pop() ?? 'export'}.${format}`;

/** The same request for the page after this one: a CSV has no room for `nextCursor`, so it travels as a Link header. */
function nextPage(request: Request, cursor: string): string {
  const url = new URL(request.originalUrl, 'http://casetrail.invalid');
  url.searchParams.set('cursor', cursor);
  return url.pathname + url.search;
}

/**
 * One place that answers CSV or PDF for every route marked `@Exports(...)`: the handler answers its JSON,
 * and this renders that very answer, so an export never says more or less than the JSON does.
 */
@Injectable()
export class ExportInterceptor implements NestInterceptor {
  constructor(
    private readonly reflector: Reflector,
    private readonly checkpoints: CurrentCheckpoint,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http') return next.handle();
    const request = context.switchToHttp().getRequest<Request>();
    const offered = this.reflector.get<ExportFormat[] | undefined>(EXPORTS_KEY, context.getHandler()) ?? [];
    const format = chosenFormat(request, offered);
    if (offered.length > 0) context.switchToHttp().getResponse<Response>().vary('Accept');
    if (format === 'json') return next.handle();
    const disposition = `attachment; filename="${fileName(request, format)}"`;
    return next.handle().pipe(
      mergeMap(async (answer: unknown) => {
        if (format === 'pdf') {
          const report = isPlainObject(answer) ? answer : {};
          return new StreamableFile(reportPdf(report, await this.checkpointOf(report)), { type: 'application/pdf', disposition });
        }
        const next = isPlainObject(answer) && typeof answer.nextCursor === 'string' ? answer.nextCursor : null;
        if (next !== null) context.switchToHttp().getResponse<Response>().setHeader('Link', `<${nextPage(request, next)}>; rel="next"`);
        const table = csvTable(answer, this.reflector.get<readonly string[] | undefined>(LIST_ITEMS_KEY, context.getHandler()));
        return new StreamableFile(csvStream(table.columns, table.rows), { type: 'text/csv; charset=utf-8', disposition });
      }),
    );
  }

  /** The report's own checkpoint when it names one; else the latest signed (null while there is none). */
  private async checkpointOf(report: Record<string, unknown>): Promise<ReportCheckpoint | null> {
    const own = report.checkpoint;
    if (isPlainObject(own) && typeof own.treeSize === 'number' && typeof own.rootHash === 'string') {
      return { treeSize: own.treeSize, rootHash: own.rootHash, source: 'computed' };
    }
    const latest = await this.checkpoints.get().catch((error: unknown) => {
      if (error instanceof ApiError && error.code === 'LEDGER_EMPTY') return null;
      throw error;
    });
    return latest ? { treeSize: latest.treeSize, rootHash: toBase64(latest.rootHash), source: 'latest' } : null;
  }
}
