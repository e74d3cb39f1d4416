import { isWellFormedUnicode, utf8 } from '../encoding';
import { CanonicalJsonError } from '../errors';

/**
 * RFC 8785 (JCS): object members sorted by the UTF-16 code units of their names, numbers and
 * strings serialised as ECMAScript's JSON.stringify does, no whitespace.
 *
 * Stricter than JSON.stringify on purpose, because a ledger entry must mean exactly what it
 * hashes to: undefined, functions, symbols, bigint, non-finite numbers, unpaired surrogates,
 * cycles and non-plain objects (Date, Map, class instances, anything with toJSON) are refused
 * rather than dropped, nulled or converted.
 */
export function canonicalJson(value: unknown): string {
  return serialise(value, '$', new Set());
}

/** The UTF-8 bytes of canonicalJson(value): what a leaf entry is hashed over. */
export function canonicalJsonBytes(value: unknown): Uint8Array {
  return utf8(canonicalJson(value));
}

function serialise(value: unknown, path: string, ancestors: Set<object>): string {
  switch (typeof value) {
    case 'string':
      return serialiseString(value, path);
    case 'number':
      if (!Number.isFinite(value)) throw new CanonicalJsonError(path, `${value} has no JSON form`);
      return JSON.stringify(value);
    case 'boolean':
      return value ? 'true' : 'false';
    case 'object':
      if (value === null) return 'null';
      return serialiseContainer(value, path, ancestors);
    default:
      throw new CanonicalJsonError(path, `a ${typeof value} has no JSON form`);
  }
}

function serialiseString(text: string, path: string): string {
  if (!isWellFormedUnicode(text)) throw new CanonicalJsonError(path, 'string has an unpaired surrogate');
  return JSON.stringify(text);
}

function serialiseContainer(value: object, path: string, ancestors: Set<object>): string {
  if (ancestors.has(value)) throw new CanonicalJsonError(path, 'cycle');
  ancestors.add(value);
  try {
    if (Array.isArray(value)) return serialiseArray(value, path, ancestors);
    const proto: unknown = Object.getPrototypeOf(value);
    if (proto !== Object.prototype && proto !== null) {
      throw new CanonicalJsonError(path, `${value.constructor?.name ?? 'object'} is not a plain object`);
    }
    if (Object.getOwnPropertySymbols(value).length > 0) throw new CanonicalJsonError(path, 'symbol-keyed property');
    const record = value as Record<string, unknown>;
    // Default sort compares UTF-16 code units, which is the order RFC 8785 section 3.2.3 asks for.
    const members = Object.keys(record)
      .sort()
      .map((key) => `${serialiseString(key, `${path}.${key}`)}:${serialise(record[key], `${path}.${key}`, ancestors)}`);
    return `{${members.join(',')}}`;
  } finally {
    ancestors.delete(value);
  }
}

function serialiseArray(items: readonly unknown[], path: string, ancestors: Set<object>): string {
  const parts: string[] = [];
  for (let i = 0; i < items.length; i++) {
    if (!(i in items)) throw new CanonicalJsonError(`${path}[${i}]`, 'array hole');
    parts.push(serialise(items[i], `${path}[${i}]`, ancestors));
  }
  return `[${parts.join(',')}]`;
}
