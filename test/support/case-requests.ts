import { randomUUID } from 'node:crypto';
import type { Server } from 'node:http';
import request from 'supertest';
import type { Role } from '@casetrail/domain';

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

export type Api = ReturnType<typeof as>;

/** One request of a case's story: the role that sends it, the path under the case ('' refers the case), the body. */
export type Step = readonly [role: Role, path: string, body: Record<string, unknown>];

/** Sends `steps` on a new case, each as its role's user and each answered 201: the case's id and the last event's position. */
export async function sendCase(users: ReadonlyMap<string, Api>, steps: readonly Step[]): Promise<{ caseId: string; position: string }> {
  const caseId = randomUUID();
  let position = '';
  for (const [role, path, body] of steps) {
    const url = path === '' ? '/v1/cases' : `/v1/cases/${caseId}/${path}`;
    const response = await users.get(role)!.post(url, path === '' ? { ...body, caseId } : body);
    expect({ path, status: response.status, body: response.body }).toMatchObject({ status: 201 });
    position = String(response.body.position);
  }
  return { caseId, position };
}
