import { randomUUID } from 'node:crypto';
import type { Role } from '@casetrail/domain';
import { as, at } from '../support/case-requests';
import { pdfText } from '../support/pdf-text';
import { startTestApp, type TestApp } from '../support/test-app';

type Api = ReturnType<typeof as>;
const CANARY = { victimRef: 'vic-pdf-canary', fullName: 'Palesa Canary-Mokoena' };

describe('the report as PDF (Accept: application/pdf or ?format=pdf)', () => {
  let app: TestApp;
  const users = new Map<string, Api>();
  let position = '0';
  const route = () => `/v1/reports/government-action?period=2021-22&minPosition=${position}`;

  beforeAll(async () => {
    app = await startTestApp();
    for (const role of ['investigator', 'prosecutor', 'auditor', 'donor'] as const) users.set(role, as(app.http, await app.userToken(role)));
    users.set('maseru auditor', as(app.http, await app.userToken('auditor', 'maseru')));
    const send = async (role: Role, path: string, body: object) => {
      const response = await users.get(role)!.post(path, body);
      expect({ path, status: response.status, body: response.body }).toMatchObject({ status: 201 });
      position = String(response.body.position);
    };
    for (const district of ['maseru', 'berea']) {
      const caseId = randomUUID();
      await send('investigator', '/v1/cases', { caseId, occurredAt: at('05-01'), source: 'police', district, form: 'labour' });
      await send('investigator', `/v1/cases/${caseId}/victims`, {
        ...(district === 'maseru' ? { victimRef: CANARY.victimRef, personal: { fullName: CANARY.fullName } } : {}),
        occurredAt: at('05-02'), sex: 'female', ageGroup: 'child', nationality: 'LS', form: 'labour', identifiedBy: 'ngo',
      });
      await send('investigator', `/v1/cases/${caseId}/investigation`, { occurredAt: at('05-03'), unit: 'ATU' });
    }
  }, 120_000);
  afterAll(() => app.close());

  const pdfOf = async (who: string, url: string, headers: Record<string, string> = {}) => {
    const response = await users.get(who)!.get(url, headers).buffer(true).parse((res, done) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => done(null, Buffer.concat(chunks)));
    });
    expect({ status: response.status, type: response.headers['content-type'] }).toEqual({ status: 200, type: 'application/pdf' });
    return (await pdfText(response.body as Buffer)).join('\n');
  };

  it("given an auditor, prints each figure with the previous period beside it, the scope, the ledger's checkpoint and the definitions", async () => {
    // The sealer takes only what no open transaction can precede: on a busy server the first seal may lag.
    let signing = await users.get('auditor')!.post('/v1/ledger/checkpoints', {});
    for (const deadline = Date.now() + 20_000; signing.status !== 201 && Date.now() < deadline; ) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      signing = await users.get('auditor')!.post('/v1/ledger/checkpoints', {});
    }
    const checkpoint = signing.body;
    expect(signing.status).toBe(201);
    const json = (await users.get('auditor')!.get(route()).expect(200)).body;
    expect(json.investigations.initiated.total).toBe(2);
    const text = await pdfOf('auditor', route(), { Accept: 'application/pdf' });
    expect(text).toMatch(/Period 2021-22: 2021-04-01T00:00:00\+02:00 up to 2022-04-01T00:00:00\+02:00 \(previous: 2020-21\)/);
    expect(text).toContain('Scope: national');
    expect(text).toMatch(/investigations\.initiated\.total\s+2\s+0/);
    expect(text).toMatch(/victims\.identified\.byAgeGroup\.child\s+2\s+-/); // a breakdown lists the values it saw
    expect(text).toMatch(new RegExp(`tree size ${checkpoint.treeSize},\\s+root hash ${checkpoint.rootHash.replace(/[+/=]/g, '\\$&')}`));
    expect(text).toContain('Definitions');
    expect(text).toContain('prisonAtLeast12Months: imprisonment minus suspended months at least 12');
    expect(text).not.toContain('Suppression rule for donors');
    // A figure that is null for everyone (no summons served) is a dash; only a donor's withheld victim figure says "fewer than".
    expect(text).toMatch(/summonses\.medianDaysToService\s+-\s+-/);
    expect(text).not.toContain('fewer than');
    expect(await pdfOf('auditor', `${route()}&format=pdf`)).toContain('investigations.initiated.total');
  });

  it('given a district-scoped auditor, prints their district as the scope and counts only its case', async () => {
    const text = await pdfOf('maseru auditor', `${route()}&format=pdf`);
    expect(text).toContain('Scope: district maseru');
    expect(text).toMatch(/investigations\.initiated\.total\s+1\s+0/);
  });

  it('given a donor, prints a withheld victim figure as "fewer than 15", states the suppression rule, and names no victim', async () => {
    const json = (await users.get('donor')!.get(route()).expect(200)).body;
    expect(json.victims.identified.total).toBeNull();
    const text = await pdfOf('donor', `${route()}&format=pdf`);
    expect(text).toMatch(/victims\.identified\.total\s+fewer than 15\s+fewer than 15/);
    expect(text).toMatch(/investigations\.initiated\.total\s+2\s+0/);
    expect(text).toMatch(/summonses\.medianDaysToService\s+-\s+-/);
    expect(text).toContain('Suppression rule for donors');
    expect(text).not.toMatch(/victims\.identified\.total\s+\d/);
    for (const secret of Object.values(CANARY)) expect(text).not.toContain(secret);
  });

  it('given PDF asked of a list, refuses it: 406 by Accept, 400 naming format by ?format=pdf', async () => {
    expect((await users.get('auditor')!.get('/v1/flags', { Accept: 'application/pdf' }).expect(406)).body).toMatchObject({ code: 'NOT_ACCEPTABLE' });
    expect((await users.get('auditor')!.get('/v1/flags?format=pdf').expect(400)).body).toMatchObject({ fields: [{ field: 'format' }] });
  });
});
