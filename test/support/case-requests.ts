import type { Server } from 'node:http';
import request from 'supertest';

/** Sends requests as one user: `as(token).post(path, body)` and `.get(path)`. */
export function as(http: Server, token: string) {
  const auth = { Authorization: `Bearer ${token}` };
  return {
    post: (path: string, body: object, headers: Record<string, string> = {}) =>
      request(http).post(path).set({ ...auth, ...headers }).send(body),
    get: (path: string, headers: Record<string, string> = {}) => request(http).get(path).set({ ...auth, ...headers }),
  };
}

/** Lesotho time (UTC+02:00) on a day of 2021, at a time of day. */
export const at = (day: string, time = '09:00') => `2021-${day}T${time}:00+02:00`;

/** JSON text of anything, bigints included: for searching what was stored. */
export const asText = (value: unknown) => JSON.stringify(value, (_key, v: unknown) => (typeof v === 'bigint' ? v.toString() : v));
