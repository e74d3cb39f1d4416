import { ApiError } from './api-error';

/** Where a walk through a table in insertion order stands: the last row given, and the newest when it began. */
export interface OrderCursor {
  readonly after: number;
  readonly upTo: number;
}

export const encodeOrderCursor = (cursor: OrderCursor): string => Buffer.from(JSON.stringify(cursor)).toString('base64url');

/** The cursor a page gave; anything else is 400 naming `cursor`. */
export function decodeOrderCursor(text: string): OrderCursor {
  try {
    const parsed = JSON.parse(Buffer.from(text, 'base64url').toString('utf8')) as OrderCursor;
    if (!Number.isSafeInteger(parsed.after) || !Number.isSafeInteger(parsed.upTo) || parsed.after < 0 || parsed.upTo < parsed.after) {
      throw new Error('cursor');
    }
    return { after: parsed.after, upTo: parsed.upTo };
  } catch {
    throw new ApiError(400, 'VALIDATION_FAILED', 'cursor must be a nextCursor as given', {
      fields: [{ field: 'cursor', problems: ['not a cursor this list gave'] }],
    });
  }
}
