import type { Role } from '@casetrail/domain';
import { as, sendCase, type Api, type Step } from '../support/case-requests';
import { startTestApp, type TestApp } from '../support/test-app';

interface Flag { caseId: string; kind: string; ref: string | null; raisedAt: string; clearedAt: string | null; eventIds: string[] }

/** Lesotho time on a date of any year. */
const on = (date: string, time = '09:00') => `${date}T${time}:00+02:00`;

/** The steps of a case referred on `referredOn`, taken to a conviction under the Act (suspect a1). */
function convictedSteps(referredOn: string): Step[] {
  return [
    ['investigator', '', { occurredAt: on(referredOn), source: 'police', district: 'maseru', form: 'sex' }],
    ['investigator', 'suspects', { suspectRef: 'a1', occurredAt: on(referredOn, '10:00'), sex: 'male', nationality: 'LS', isGovernmentOfficial: false }],
    ['investigator', 'investigation', { occurredAt: on(referredOn, '11:00'), unit: 'ATU' }],
    ['investigator', 'docket', { occurredAt: on('2021-03-01') }],
    ['prosecutor', 'dpp-decision', { occurredAt: on('2021-03-02'), decision: 'prosecute', forum: 'magistrate' }],
    ['prosecutor', 'suspects/a1/charges', { occurredAt: on('2021-03-03'), statute: 'anti_trafficking_act', counts: 1 }],
    ['court_clerk', 'suspects/a1/appearance', { occurredAt: on('2021-03-04'), court: 'Maseru Magistrate Court' }],
    ['court_clerk', 'suspects/a1/trial', { occurredAt: on('2021-03-05') }],
    ['court_clerk', 'suspects/a1/verdict', { occurredAt: on('2021-03-08'), outcome: 'convicted', statute: 'anti_trafficking_act' }],
  ];
}
const fineInLieu = { occurredAt: on('2021-03-09'), imprisonmentMonths: 0, suspendedMonths: 0, fine: 5000, fineInLieuOfPrison: true };

describe('red flags over HTTP (GET /v1/flags), raised and cleared by the events alone', () => {
  let app: TestApp;
  const users = new Map<Role, Api>();
  let position = '0';

  beforeAll(async () => {
    app = await startTestApp();
    for (const role of ['investigator', 'prosecutor', 'court_clerk', 'victim_services', 'auditor', 'donor'] as const) {
      users.set(role, as(app.http, await app.userToken(role)));
    }
  }, 120_000);
  afterAll(() => app.close());

  /** Sends the steps on a new case; answers its id. */
  async function caseOf(steps: readonly Step[]): Promise<string> {
    const sent = await sendCase(users, steps);
    position = sent.position;
    return sent.caseId;
  }

  /** The case's flags as the auditor reads them (after the read model has applied every command sent). */
  async function flagsOf(caseId: string, query = ''): Promise<Flag[]> {
    const response = await users.get('auditor')!.get(`/v1/flags?limit=500&minPosition=${position}${query}`).expect(200);
    return (response.body.items as Flag[]).filter((flag) => flag.caseId === caseId);
  }
  const kinds = (flags: readonly Flag[]) => flags.map((flag) => flag.kind).sort();

  it('given a docket reported missing, raises docket_missing; its reconstruction clears it, naming both events', async () => {
    const caseId = await caseOf([
      ...convictedSteps('2021-02-01').slice(0, 3),
      ['prosecutor', 'docket/missing', { occurredAt: on('2021-02-10'), note: 'lost in transit' }],
    ]);
    const [open] = await flagsOf(caseId, '&open=true');
    expect(open).toMatchObject({ kind: 'docket_missing', clearedAt: null, eventIds: [expect.any(String)] });
    const rebuilt = await users.get('investigator')!.post(`/v1/cases/${caseId}/docket/reconstruction`, { occurredAt: on('2021-02-20') }).expect(201);
    position = String(rebuilt.body.position);
    const [cleared] = await flagsOf(caseId);
    expect(cleared).toMatchObject({ kind: 'docket_missing', raisedAt: on('2021-02-10'), clearedAt: on('2021-02-20') });
    expect(cleared!.eventIds).toHaveLength(2);
    expect(await flagsOf(caseId, '&open=true')).toEqual([]);
    // As the world stood before the reconstruction, the flag was open.
    const before = await flagsOf(caseId, `&asOf=${encodeURIComponent(on('2021-02-15'))}`);
    expect(before).toMatchObject([{ kind: 'docket_missing', clearedAt: null, eventIds: [open!.eventIds[0]] }]);
  }, 120_000);

  it('given a docket before the DPP since 1 March 2021, stalled_at_dpp is not raised on day 180 and is raised on day 181', async () => {
    const caseId = await caseOf(convictedSteps('2021-02-01').slice(0, 4));
    expect(kinds(await flagsOf(caseId, `&asOf=${encodeURIComponent(on('2021-08-28', '23:59'))}`))).toEqual([]);
    const [stalled] = await flagsOf(caseId, `&asOf=${encodeURIComponent(on('2021-08-29', '00:00'))}`);
    expect(stalled).toMatchObject({ kind: 'stalled_at_dpp', clearedAt: null });
    expect(Date.parse(stalled!.raisedAt)).toBe(Date.parse(on('2021-08-29', '00:00')));
    // Today, long after: still open, since no decision came.
    expect(kinds(await flagsOf(caseId, '&open=true'))).toEqual(['stalled_at_dpp']);
  }, 120_000);

  it('given a fine in lieu of prison, raises fine_in_lieu_after_amendment for a case referred on 2021-01-29, not on 2021-01-28', async () => {
    const after = await caseOf([...convictedSteps('2021-01-29'), ['court_clerk', 'suspects/a1/sentence', fineInLieu]]);
    const before = await caseOf([...convictedSteps('2021-01-28'), ['court_clerk', 'suspects/a1/sentence', fineInLieu]]);
    expect(kinds(await flagsOf(after, '&kind=fine_in_lieu_after_amendment'))).toEqual(['fine_in_lieu_after_amendment']);
    expect(await flagsOf(before, '&kind=fine_in_lieu_after_amendment')).toEqual([]);
  }, 180_000);

  it('given a sentence all suspended under the Act, raises suspended_sentence_for_trafficking; one month served does not', async () => {
    const sentence = (suspendedMonths: number) => ({ occurredAt: on('2021-03-09'), imprisonmentMonths: 60, suspendedMonths, fineInLieuOfPrison: false });
    const all = await caseOf([...convictedSteps('2021-02-01'), ['court_clerk', 'suspects/a1/sentence', sentence(60)]]);
    const most = await caseOf([...convictedSteps('2021-02-01'), ['court_clerk', 'suspects/a1/sentence', sentence(59)]]);
    expect(kinds(await flagsOf(all))).toEqual(['suspended_sentence_for_trafficking']);
    expect(await flagsOf(most)).toEqual([]);
  }, 180_000);

  it('given three adjournments of one accused, raises repeated_adjournments by the third; two do not', async () => {
    const adjourn = (date: string): Step => ['court_clerk', 'suspects/a1/adjournment', { occurredAt: on(date), reason: 'no magistrate' }];
    const upToAppearance = convictedSteps('2021-02-01').slice(0, 7);
    const twice = await caseOf([...upToAppearance, adjourn('2021-03-10'), adjourn('2021-03-17')]);
    expect(await flagsOf(twice)).toEqual([]);
    const thrice = await caseOf([...upToAppearance, adjourn('2021-03-10'), adjourn('2021-03-17'), adjourn('2021-03-24')]);
    const [flag] = await flagsOf(thrice);
    expect(flag).toMatchObject({ kind: 'repeated_adjournments', ref: 'a1', raisedAt: on('2021-03-24'), clearedAt: null });
    expect(flag!.eventIds).toHaveLength(3);
  }, 180_000);

  it('given a victim repatriated while the accused awaits a verdict, raises it unless the victim had testified', async () => {
    const victim: Step = ['victim_services', 'victims', { victimRef: 'v1', occurredAt: on('2021-02-01', '12:00'), sex: 'female', ageGroup: 'adult', nationality: 'ZA', form: 'sex', identifiedBy: 'ngo' }];
    const repatriate: Step = ['victim_services', 'victims/v1/repatriation', { occurredAt: on('2021-03-07'), destination: 'ZA', governmentFunded: true }];
    const onTrial = [...convictedSteps('2021-02-01').slice(0, 8)];
    const early = await caseOf([...onTrial.slice(0, 1), victim, ...onTrial.slice(1), repatriate]);
    const testified: Step = ['prosecutor', 'victims/v1/cooperation', { occurredAt: on('2021-03-06'), cooperation: 'testified' }];
    const heard = await caseOf([...onTrial.slice(0, 1), victim, ...onTrial.slice(1), testified, repatriate]);
    expect(await flagsOf(early)).toMatchObject([{ kind: 'victim_repatriated_before_testimony', ref: 'v1', clearedAt: null }]);
    expect(await flagsOf(heard)).toEqual([]);
  }, 180_000);

  it('given complicity alleged with no investigation, raises complicity_not_investigated on day 31, not on day 30; an investigation clears it', async () => {
    const steps = convictedSteps('2021-02-01').slice(0, 2);
    const caseId = await caseOf([...steps, ['investigator', 'suspects/a1/complicity', { occurredAt: on('2021-03-01'), agency: 'LMPS' }]]);
    expect(await flagsOf(caseId, `&asOf=${encodeURIComponent(on('2021-03-31', '23:59'))}`)).toEqual([]);
    const [raised] = await flagsOf(caseId, `&asOf=${encodeURIComponent(on('2021-04-01', '00:00'))}`);
    expect(raised).toMatchObject({ kind: 'complicity_not_investigated', ref: 'a1', clearedAt: null });
    const opened = await users.get('investigator')!.post(`/v1/cases/${caseId}/investigation`, { occurredAt: on('2021-04-05'), unit: 'ATU' }).expect(201);
    position = String(opened.body.position);
    expect(await flagsOf(caseId)).toMatchObject([{ kind: 'complicity_not_investigated', clearedAt: on('2021-04-05') }]);
  }, 120_000);

  it('given a summons served the day after its return date, summons_overdue is cleared by the service and served_late raised', async () => {
    const steps = convictedSteps('2021-02-01').slice(0, 6);
    const caseId = await caseOf([
      ...steps,
      ['prosecutor', 'summonses', { summonsRef: 'sm1', suspectRef: 'a1', occurredAt: on('2021-03-03', '12:00'), court: 'Maseru', returnDate: '2021-03-10' }],
    ]);
    const beforeService = new Date().toISOString();
    await new Promise((resolve) => setTimeout(resolve, 20));
    const served = await users.get('court_clerk')!.post(`/v1/cases/${caseId}/summonses/sm1/service`, { occurredAt: on('2021-03-11'), outcome: 'served' }).expect(201);
    position = String(served.body.position);
    const flags = await flagsOf(caseId);
    expect(kinds(flags)).toEqual(['served_late', 'summons_overdue']);
    expect(flags.find((f) => f.kind === 'summons_overdue')).toMatchObject({ ref: 'sm1', clearedAt: on('2021-03-11') });
    // As the record stood before the service was recorded: overdue and open, and nothing served late.
    const known = await flagsOf(caseId, `&knownAt=${encodeURIComponent(beforeService)}`);
    expect(known).toMatchObject([{ kind: 'summons_overdue', clearedAt: null }]);
  }, 120_000);

  it('given a donor, answers counts of open flags by kind, every kind listed; victim services are refused', async () => {
    const response = await users.get('donor')!.get(`/v1/flags?minPosition=${position}`).expect(200);
    expect(response.body.items).toBeUndefined();
    expect(Object.keys(response.body.counts).sort()).toEqual([
      'complicity_not_investigated', 'docket_missing', 'fine_in_lieu_after_amendment', 'repeated_adjournments', 'served_late',
      'stalled_at_dpp', 'summons_overdue', 'suspended_sentence_for_trafficking', 'victim_repatriated_before_testimony',
    ]);
    expect(response.body.counts.stalled_at_dpp).toBeGreaterThanOrEqual(1);
    // One victim's flag is a figure about fewer than 11 victims: withheld.
    expect(response.body.counts.victim_repatriated_before_testimony).toBeNull();
    await users.get('victim_services')!.get('/v1/flags').expect(403);
  }, 60_000);

  it('given a limit, pages through every flag once, latest raised first; a bad cursor or kind is 400', async () => {
    const all = (await users.get('auditor')!.get(`/v1/flags?limit=500&minPosition=${position}`).expect(200)).body.items as Flag[];
    const seen: Flag[] = [];
    let cursor = '';
    do {
      const page = await users.get('auditor')!.get(`/v1/flags?limit=2${cursor ? `&cursor=${cursor}` : ''}`).expect(200);
      seen.push(...(page.body.items as Flag[]));
      cursor = page.body.nextCursor ?? '';
    } while (cursor);
    expect(seen).toEqual(all);
    const times = all.map((flag) => Date.parse(flag.raisedAt));
    expect(times).toEqual([...times].sort((a, b) => b - a));
    for (const bad of ['cursor=nonsense', 'kind=late', 'open=yes', 'sort=kind', 'limit=501']) {
      const response = await users.get('auditor')!.get(`/v1/flags?${bad}`).expect(400);
      expect(response.body.code).toBe('VALIDATION_FAILED');
    }
  }, 60_000);

  it('given a caller scoped to leribe, lists only Leribe flags whatever district is asked', async () => {
    const leribe = as(app.http, await app.userToken('auditor', 'leribe'));
    const response = await leribe.get(`/v1/flags?district=maseru&minPosition=${position}`).expect(200);
    expect(response.body).toMatchObject({ items: [], filters: { district: 'leribe' } });
  }, 60_000);
});
