import { randomUUID } from 'node:crypto';
import request from 'supertest';
import type { GovernmentActionReport } from '@casetrail/reporting';
import {
  aboutFewerThan11, cellKeyReading, combinedAttack, derivedWithheld, fromBounds, fromDomains, linearAttack, observationsFrom,
  singleCellReading, singleCellSuppression, wronglyExcluded, type Answer,
} from '../../libs/reporting/src/disclosure/testing';
import { as, at } from '../support/case-requests';
import { startTestApp, type TestApp } from '../support/test-app';

type Api = ReturnType<typeof as>;

/** The old rule over an unsuppressed answer: the control the attackers must beat. */
const underOldRule = (report: GovernmentActionReport): GovernmentActionReport => ({
  ...report, ...singleCellSuppression(report), previous: { ...report.previous, ...singleCellSuppression(report.previous) },
});

describe('a donor who asks the report at every moment between two events, nationally and for their district', () => {
  let app: TestApp;
  const answers: Answer[] = [];
  let moments = 0;
  let lastPosition = 0;
  let donor: Api;
  let auditor: Api;
  const caseId = randomUUID();
  const route = (knownAt: string) => `/v1/reports/government-action?period=2021-22&knownAt=${encodeURIComponent(knownAt)}&minPosition=${lastPosition}`;

  beforeAll(async () => {
    app = await startTestApp();
    const investigator = as(app.http, await app.userToken('investigator'));
    const victimServices = as(app.http, await app.userToken('victim_services'));
    auditor = as(app.http, await app.userToken('auditor'));
    donor = as(app.http, await app.userToken('donor'));
    const districtDonor = as(app.http, await app.userToken('donor', 'maseru'));
    const send = async (api: Api, path: string, body: object) => {
      lastPosition = Math.max(lastPosition, (await api.post(path, body).expect(201)).body.position);
    };

    // One Chinese man among twelve women from Lesotho: the one a small cell would single out; then his referral.
    await send(investigator, '/v1/cases', { caseId, occurredAt: at('05-01'), source: 'police', district: 'maseru', form: 'labour' });
    await send(investigator, `/v1/cases/${caseId}/victims`, { victimRef: 'v-cn', occurredAt: at('05-02'), sex: 'male', ageGroup: 'adult', nationality: 'CN', form: 'labour', identifiedBy: 'government' });
    for (let n = 1; n <= 12; n++) {
      await send(investigator, `/v1/cases/${caseId}/victims`, { occurredAt: at('05-03'), sex: 'female', ageGroup: 'adult', nationality: 'LS', form: 'labour', identifiedBy: 'government' });
    }
    await send(victimServices, `/v1/cases/${caseId}/victims/v-cn/referrals`, { occurredAt: at('05-04'), service: 'shelter', provider: 'Shelter', governmentFunded: true });
    await send(investigator, `/v1/cases/${caseId}/investigation`, { occurredAt: at('05-05'), unit: 'ATU' });

    // A knownAt just after each event (recordedAt is kept to the microsecond, shown to the millisecond), and one before the first.
    const recorded = (await app.stream(caseId)).map((e) => Date.parse(e.recordedAt));
    recorded.slice(1).forEach((t, i) => expect(t - recorded[i]!).toBeGreaterThanOrEqual(2));
    const knownAts = [recorded[0]! - 1, ...recorded.map((t) => t + 1)].map((t) => new Date(t).toISOString());
    moments = knownAts.length;
    for (const [moment, knownAt] of knownAts.entries()) {
      const truth = (await auditor.get(route(knownAt)).expect(200)).body as GovernmentActionReport;
      answers.push({ moment, scope: 'national', shown: (await donor.get(route(knownAt)).expect(200)).body, truth });
      answers.push({ moment, scope: 'maseru', shown: (await districtDonor.get(route(knownAt)).expect(200)).body, truth });
    }
  }, 120_000);
  afterAll(() => app.close());

  it('gets the same answer for the same moment, says how its figures were made safe, and never a victim figure below 15', async () => {
    const last = answers.filter((a) => a.scope === 'national').at(-1)!;
    expect((await donor.get(route(last.shown.knownAt)).expect(200)).body).toEqual(last.shown);
    expect(last.shown).toMatchObject({ suppressedBelow: 11, disclosure: { method: 'cell_key_rounding', roundedTo: 5, shownFrom: 15 } });
    expect(last.truth.victims).toMatchObject({ identified: { total: 13, byNationality: { LS: 12, CN: 1 }, bySex: { female: 12, male: 1 } }, referredToServices: 1 });
    const victimFigures = answers.flatMap((a) => [a.shown.victims, a.shown.previous.victims]).flatMap((v) => [
      v.identified.total, v.referredToServices, ...Object.values(v.identified).flatMap((cells) => (cells && typeof cells === 'object' ? Object.values(cells) : [])),
    ]);
    expect(victimFigures.filter((n) => n !== null && (n < 15 || n % 5 !== 0))).toEqual([]);
    expect(answers.every((a) => a.shown.victims.identified.byNationality.CN === null && a.shown.victims.identified.bySex.male === null)).toBe(true);
  });

  it('finds the method in the OpenAPI description of the report', async () => {
    const docs = (await request(app.http).get('/docs-json').expect(200)).body;
    expect(docs.paths['/v1/reports/government-action'].get.description).toMatch(/rounded to a multiple of 5.*keyed hash.*below 15 is null/s);
  });

  it('under the old rule (the control), an attacker holding these answers finds the Chinese man and his referral', () => {
    const observations = observationsFrom(answers.map((a) => ({ ...a, shown: underOldRule(a.truth) })), moments);
    const knowledge = fromBounds(linearAttack(observations, singleCellReading));
    const found = aboutFewerThan11(derivedWithheld(observations, singleCellReading, knowledge)).map((c) => `${c.path}=${c.truth}`);
    expect(found).toEqual(expect.arrayContaining(['victims.identified.byNationality.CN=1', 'victims.identified.bySex.male=1']));
    expect(observations.cells.get(`${moments - 1}|national|2021-22|victims.referredToServices`)!.published).toBe(1);
    expect(wronglyExcluded(observations, knowledge)).toEqual([]);
  });

  it('as served over HTTP, no attacker holding every one of these answers derives any withheld figure', () => {
    const observations = observationsFrom(answers, moments);
    const reading = cellKeyReading(answers[0]!.shown.disclosure!);
    const knowledge = fromDomains(combinedAttack(observations, reading));
    expect(derivedWithheld(observations, reading, knowledge).map((c) => `t${c.moment} ${c.scope} ${c.path}=${c.truth}`)).toEqual([]);
    expect(knowledge(`${moments - 1}|national|2021-22|victims.identified.byNationality.CN`).size).toBeGreaterThan(1);
    expect(wronglyExcluded(observations, knowledge)).toEqual([]);
  });
});
