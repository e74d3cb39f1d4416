import type autocannon from 'autocannon';

/** The users the load is sent as. */
export interface ApiTokens {
  readonly investigator: string;
  readonly auditor: string;
}

/** One kind of request in the mix: its share, and how to make one. */
interface RequestKind {
  readonly name: string;
  readonly weight: number;
  make(): { method: 'GET' | 'POST'; path: string; token: string; body?: object };
}

const DISTRICTS = ['berea', 'leribe', 'mafeteng', 'maseru', 'quthing'];
const pick = <T>(items: readonly T[]): T => items[Math.floor(Math.random() * items.length)]!;

/**
 * A day at the registry: a quarter commands (new referrals, victims identified in open cases), three
 * quarters queries (a case replayed, its timeline, the caseload, the summonses of a district, the report).
 */
export function requestMix(tokens: ApiTokens, openCases: readonly string[], anyCases: readonly string[]): RequestKind[] {
  return [
    {
      name: 'POST /v1/cases',
      weight: 10,
      make: () => ({
        method: 'POST', path: '/v1/cases', token: tokens.investigator,
        body: { occurredAt: '2024-01-08T09:30:00+02:00', source: 'police', district: pick(DISTRICTS), form: 'labour' },
      }),
    },
    {
      name: 'POST /v1/cases/:id/victims',
      weight: 15,
      make: () => ({
        method: 'POST', path: `/v1/cases/${pick(openCases)}/victims`, token: tokens.investigator,
        body: { occurredAt: '2024-02-01T10:00:00+02:00', sex: 'female', ageGroup: 'adult', nationality: 'LS', form: 'labour', identifiedBy: 'ngo' },
      }),
    },
    { name: 'GET /v1/cases/:id', weight: 35, make: () => ({ method: 'GET', path: `/v1/cases/${pick(anyCases)}`, token: tokens.auditor }) },
    { name: 'GET /v1/cases/:id/timeline', weight: 10, make: () => ({ method: 'GET', path: `/v1/cases/${pick(anyCases)}/timeline`, token: tokens.auditor }) },
    { name: 'GET /v1/caseload', weight: 15, make: () => ({ method: 'GET', path: '/v1/caseload', token: tokens.auditor }) },
    { name: 'GET /v1/summonses?district', weight: 10, make: () => ({ method: 'GET', path: `/v1/summonses?district=${pick(DISTRICTS)}`, token: tokens.auditor }) },
    { name: 'GET /v1/reports/government-action', weight: 5, make: () => ({ method: 'GET', path: '/v1/reports/government-action?period=2021-22', token: tokens.auditor }) },
  ];
}

/** Status codes seen per kind of request. */
export type StatusTally = Record<string, Record<string, number>>;

/** autocannon's request hooks: each request drawn from the mix by weight, each answer tallied by kind. */
export function mixedRequests(kinds: readonly RequestKind[], tally: StatusTally): autocannon.Request[] {
  const total = kinds.reduce((n, k) => n + k.weight, 0);
  const draw = () => {
    let r = Math.random() * total;
    for (const kind of kinds) if ((r -= kind.weight) < 0) return kind;
    return kinds[kinds.length - 1]!;
  };
  return [
    {
      setupRequest: (request, context) => {
        const kind = draw();
        const made = kind.make();
        (context as { kind?: string }).kind = kind.name;
        return {
          ...request,
          method: made.method,
          path: made.path,
          headers: { authorization: `Bearer ${made.token}`, 'content-type': 'application/json' },
          body: made.body ? JSON.stringify(made.body) : undefined,
        } as autocannon.Request;
      },
      onResponse: (status, _body, context) => {
        const kind = (context as { kind?: string }).kind ?? '?';
        const byStatus = (tally[kind] ??= {});
        byStatus[status] = (byStatus[status] ?? 0) + 1;
      },
    },
  ];
}
