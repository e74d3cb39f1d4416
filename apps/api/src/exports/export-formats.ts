import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiProduces } from '@nestjs/swagger';
import type { Request } from 'express';
import { ApiError } from '../http/api-error';

/** What an answer can be besides JSON: `csv` (every list and the report), `pdf` (the report). */
export const EXPORT_FORMATS = ['json', 'csv', 'pdf'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const MEDIA_TYPES: Record<ExportFormat, string> = {
  json: 'application/json',
  csv: 'text/csv',
  pdf: 'application/pdf',
};

export const EXPORTS_KEY = 'casetrail:exports';

/** A route that also answers in these formats (`Accept` or `?format=`); the export interceptor renders them. */
export const Exports = (...formats: Exclude<ExportFormat, 'json'>[]) =>
  applyDecorators(SetMetadata(EXPORTS_KEY, formats), ApiProduces(MEDIA_TYPES.json, ...formats.map((f) => MEDIA_TYPES[f])));

const formatRefused = (problem: string) =>
  new ApiError(400, 'VALIDATION_FAILED', problem, { fields: [{ field: 'format', problems: [problem] }] });

/**
 * The format asked for: `?format=` wins over `Accept`; an Accept that admits none of the route's types is 406.
 * A route that exports nothing answers JSON only.
 */
export function chosenFormat(request: Request, offered: readonly ExportFormat[]): ExportFormat {
  const choices: ExportFormat[] = ['json', ...offered];
  const asked = request.query['format'];
  if (asked !== undefined) {
    if (typeof asked === 'string' && (choices as string[]).includes(asked)) return asked as ExportFormat;
    throw formatRefused(`format must be one of ${choices.join(', ')} here`);
  }
  // Routes that export nothing answer JSON whatever Accept says, as they always did.
  if (offered.length === 0 || request.headers.accept === undefined) return 'json';
  const best = request.accepts(choices.map((format) => MEDIA_TYPES[format]));
  if (best === false) {
    throw new ApiError(406, 'NOT_ACCEPTABLE', `this route answers ${choices.map((format) => MEDIA_TYPES[format]).join(', ')}`);
  }
  return choices.find((format) => MEDIA_TYPES[format] === best)!;
}
