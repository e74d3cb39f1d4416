import { randomUUID } from 'node:crypto';
import { as } from '../support/case-requests';
import { startTestApp, type TestApp } from '../support/test-app';

type Api = ReturnType<typeof as>;
interface Item { caseId: string; stage: string; lastEventAt: string; accusedCount: number }

const DISTRICTS = ['maseru', 'berea', 'leribe', 'mafeteng'];
const day = (n: number, year = 2021) => new Date(Date.UTC(year, 0, 1 + n, 7)).toISOString().replace('.000Z', '+00:00');

describe('a walk through the case list while writers append (GET /v1/cases with cursors)', () => {
  let app: TestApp;
  let investigator: Api;
  let auditor: Api;
  let position = '0';
  const caseIds: string[] = [];
  const investigated = new Set<string>();
  let round = 0;

  /** Sends a command; answers the position it was stored at. */
  async function send(path: string, body: object): Promise<string> {
    const response = await investigator.post(path, body);
    expect({ path, status: response.status, body: response.status === 201 ? 'ok' : response.body }).toEqual({ path, status: 201, body: 'ok' });
    return String(response.body.position);
  }

  beforeAll(async () => {
    app = await startTestApp();
    investigator = as(app.http, await app.userToken('investigator'));
    auditor = as(app.http, await app.userToken('auditor'));
    for (let i = 0; i < 24; i++) {
      const caseId = randomUUID();
      caseIds.push(caseId);
      position = await send('/v1/cases', { caseId, occurredAt: day(i * 3), source: 'police', district: DISTRICTS[i % 4], form: 'labour' });
      if (i % 2 === 0) {
        position = await send(`/v1/cases/${caseId}/suspects`, { occurredAt: day(i * 3 + 1), sex: 'male', nationality: 'LS', isGovernmentOfficial: false });
      }
    }
  }, 120_000);
  afterAll(() => app.close());

  it.each(['-lastEventAt', 'stage', 'referredAt'])(
    'given sort=%s and pages of 4, every case on the list when the walk began is seen once, as it stood then, while writers add cases and move others',
    async (sort) => {
      const before = (await auditor.get(`/v1/cases?limit=500&sort=${sort}&minPosition=${position}`).expect(200)).body.items as Item[];
      expect(before.length).toBeGreaterThanOrEqual(24);
      round += 1;
      let written = 0;
      let latest = position;
      const walked: Item[] = [];
      let page = (await auditor.get(`/v1/cases?limit=4&sort=${sort}&minPosition=${position}`).expect(200)).body;
      walked.push(...page.items);

      const writer = async (w: number) => {
        for (let n = 0; n < 6; n++) {
          const target = caseIds[(w * 6 + n) % caseIds.length]!;
          const occurredAt = day(w * 10 + n + round * 40, 2023);
          // A case is moved along (its stage and its last event) or given one more accused.
          const move = investigated.has(target)
            ? send(`/v1/cases/${target}/suspects`, { occurredAt, sex: 'female', nationality: 'ZA', isGovernmentOfficial: false })
            : send(`/v1/cases/${target}/investigation`, { occurredAt, unit: 'ATU' });
          investigated.add(target);
          const stored = await Promise.all([
            send('/v1/cases', { caseId: randomUUID(), occurredAt: day(w * 10 + n, 2022), source: 'ngo', district: 'maseru', form: 'sex' }),
            move,
          ]);
          latest = stored.reduce((a, b) => (BigInt(a) > BigInt(b) ? a : b), latest);
          written += 1;
        }
      };
      const walker = async () => {
        while (page.nextCursor) {
          // Each next page waits for another write and reads after the read model has applied it.
          const due = written + 1;
          while (written < due && written < 18) await new Promise((resolve) => setTimeout(resolve, 5));
          page = (await auditor.get(`/v1/cases?limit=4&sort=${sort}&cursor=${page.nextCursor}&minPosition=${latest}`).expect(200)).body;
          walked.push(...page.items);
        }
      };
      await Promise.all([writer(0), writer(1), writer(2), walker()]);

      expect(walked).toEqual(before);
      expect(new Set(walked.map((item) => item.caseId)).size).toBe(walked.length);
      // The writers did change the list under the walk: new cases, and cases that gained an accused and a later last event.
      const after = (await auditor.get(`/v1/cases?limit=500&sort=${sort}&minPosition=${latest}`).expect(200)).body.items as Item[];
      expect(after.length).toBe(before.length + 18);
      expect(after.filter((item) => before.some((b) => b.caseId === item.caseId && b.lastEventAt !== item.lastEventAt)).length).toBeGreaterThan(5);
      caseIds.push(...after.filter((item) => !before.some((b) => b.caseId === item.caseId)).map((item) => item.caseId));
      position = latest;
    },
    120_000,
  );
});
