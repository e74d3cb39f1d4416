import { ApiError } from '../http/api-error';

/** Reads `If-Match: "<version>"` (a bare number is accepted too); absent gives null. */
export function parseIfMatch(header: string | undefined): number | null {
  if (header === undefined || header === '') return null;
  const match = /^(?:W\/)?"?(\d{1,9})"?$/.exec(header.trim());
  if (!match) throw new ApiError(400, 'VALIDATION_FAILED', 'If-Match must be a quoted version, e.g. "3"');
  return Number(match[1]);
}

export const etag = (version: number): string => `"${version}"`;
