import { characterProblem, textProblem } from '@casetrail/domain';

/** How deep a body may nest (the top-level object is level 1); deeper is refused before any DTO is built. */
export const MAX_BODY_DEPTH = 32;

/** Keys that mean something to JavaScript objects, never to the contract: refused, not dropped. */
const RESERVED_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** One refused part of a request: where it is (dotted path) and what is wrong with it. */
export interface ShapeProblem {
  readonly field: string;
  readonly problems: string[];
}

const at = (path: string, key: string) => (path === '' ? key : `${path}.${key}`);

/**
 * What is wrong with the shape of a parsed JSON body: nesting deeper than MAX_BODY_DEPTH, reserved keys,
 * and keys or strings that could not be stored or sealed. Walks without recursion, so no depth can
 * exhaust the stack.
 */
export function bodyProblems(body: unknown): ShapeProblem[] {
  const problems: ShapeProblem[] = [];
  const pending: { value: unknown; path: string; depth: number }[] = [{ value: body, path: '', depth: 0 }];
  while (pending.length > 0 && problems.length < 10) {
    const { value, path, depth } = pending.pop()!;
    if (typeof value === 'string') {
      const problem = characterProblem(value);
      if (problem) problems.push({ field: path || 'body', problems: [`${path || 'the body'} ${problem}`] });
      continue;
    }
    if (value === null || typeof value !== 'object') continue;
    if (depth + 1 > MAX_BODY_DEPTH) {
      return [{ field: path || 'body', problems: [`the body nests deeper than ${MAX_BODY_DEPTH} levels`] }];
    }
    for (const [key, child] of Object.entries(value)) {
      const where = at(path, key);
      if (RESERVED_KEYS.has(key)) problems.push({ field: where, problems: [`${key} is not an allowed key`] });
      const keyProblem = characterProblem(key);
      if (keyProblem) {
        problems.push({ field: path || 'body', problems: [`a key ${keyProblem}`] });
        continue;
      }
      pending.push({ value: child, path: where, depth: depth + 1 });
    }
  }
  return problems;
}

/**
 * What is wrong with query-string or path values: each must be short text (empty allowed: the route
 * decides what an empty filter means), its name too.
 */
export function parameterProblems(parameters: unknown): ShapeProblem[] {
  if (parameters === null || typeof parameters !== 'object') return [];
  const problems: ShapeProblem[] = [];
  for (const [name, given] of Object.entries(parameters)) {
    const nameProblem = textProblem(name, 'short');
    if (nameProblem) {
      problems.push({ field: 'parameter name', problems: [`a parameter name ${nameProblem}`] });
      continue;
    }
    for (const value of Array.isArray(given) ? given : [given]) {
      const problem = textProblem(value, 'short', true);
      if (problem) problems.push({ field: name, problems: [`${name} ${problem}`] });
    }
  }
  return problems;
}
