import { randomUUID } from 'node:crypto';
import { as, sendCase, type Api, type Step } from '../support/case-requests';
import { startTestApp, type TestApp } from '../support/test-app';


/** Lesotho time on a date of any year. */
const on = (date: string, time = '09:00') => `${date}T${time}:00+02:00`;
const MADE_AT = on('2021-11-08', '10:00');

/** A case in `district` whose docket went to the DPP on `submittedOn`, with no decision. */
const beforeTheDpp = (submittedOn: string, district = 'maseru'): Step[] => [
  ['investigator', '', { occurredAt: on('2021-06-01'), source: 'police', district, form: 'labour' }],
  ['investigator', 'investigation', { occurredAt: on('2021-06-02'), unit: 'ATU' }],
  ['investigator', 'docket', { occurredAt: on(submittedOn) }],
];

/** A case the DPP decided to prosecute, its accused charged and summoned on `summonedOn`. */
const summoned = (summonedOn: string): Step[] => [
  ...beforeTheDpp('2021-07-01'),
  ['investigator', 'suspects', { suspectRef: 'a1', occurredAt: on('2021-06-03'), sex: 'male', nationality: 'LS', isGovernmentOfficial: false }],
  ['prosecutor', 'dpp-decision', { occurredAt: on('2021-08-02'), decision: 'prosecute', forum: 'magistrate' }],
  ['prosecutor', 'suspects/a1/charges', { occurredAt: on('2021-08-03'), statute: 'anti_trafficking_act', counts: 1 }],
  ['prosecutor', 'summonses', { summonsRef: 's1', suspectRef: 'a1', occurredAt: on(summonedOn), court: 'Maseru Magistrate Court', returnDate: '2021-12-01' }],
];

/** The minister's claim (2021-11-08), with the figures it states. */
const theClaim = (assertions: object[]) => ({
  madeAt: MADE_AT,
  madeBy: 'Minister of Home Affairs',
  source: 'https://example.org/hansard/2021-11-08',
  statement: 'With respect to the eight cases before the DPP, summonses have been issued.',
  assertions,
});
const EIGHT_BEFORE_THE_DPP = { figure: 'dpp.casesPending', asOf: MADE_AT, value: 8 };
const TWO_SUMMONSES = { figure: 'summonses.issued', period: '2021-22', value: 2 };
const THREE_CONVICTIONS = { figure: 'convictions.total', period: '2021-22', value: 3 };

describe('the claims register (POST /v1/claims, GET /v1/claims[/:claimId]): what was said, against what was recorded', () => {
  let app: TestApp;
  const users = new Map<string, Api>();
  let position = '0';
  const pendingCases: string[] = [];
  let claimId = '';

  /** Sends the steps on a new case; answers its id. */
  async function caseOf(steps: readonly Step[]): Promise<string> {
    const sent = await sendCase(users, steps);
    position = sent.position;
    return sent.caseId;
  }
  const claimAs = async (role: string, id: string) =>
    (await users.get(role)!.get(`/v1/claims/${id}?minPosition=${position}`).expect(200)).body;
  const storedClaims = async () =>
    (await app.service.database.pool.query(`SELECT count(*)::int AS n FROM events WHERE stream_kind = 'claim'`)).rows[0].n as number;

  beforeAll(async () => {
    app = await startTestApp();
    for (const role of ['investigator', 'prosecutor', 'auditor', 'donor', 'coordinator'] as const) users.set(role, as(app.http, await app.userToken(role)));
    users.set('maseru auditor', as(app.http, await app.userToken('auditor', 'maseru')));
    // The record first: eight dockets before the DPP on 2021-11-08, summonses for two other cases.
    for (let n = 0; n < 8; n++) pendingCases.push(await caseOf(beforeTheDpp(`2021-10-0${n + 1}`)));
    await caseOf(summoned('2021-09-01'));
    await caseOf(summoned('2021-10-15'));
    // A docket before the DPP in another district: the national figure counts it only when submitted after the claim.
    await caseOf(beforeTheDpp('2021-11-09', 'berea'));
    // Then the claim.
    const made = await users.get('coordinator')!.post('/v1/claims', theClaim([EIGHT_BEFORE_THE_DPP, TWO_SUMMONSES, THREE_CONVICTIONS])).expect(201);
    claimId = made.body.claimId;
    position = String(made.body.position);
  }, 180_000);
  afterAll(() => app.close());

  it('given the record entered first and then the claim, answers 201 with the claim id and its event, and the claim as said', async () => {
    const claim = await claimAs('auditor', claimId);
    expect(claim).toMatchObject({ claimId, madeAt: MADE_AT, madeBy: 'Minister of Home Affairs', statement: expect.stringContaining('eight cases') });
    expect(claim.eventId).toEqual(expect.any(String));
  });

  it('given the seed claim, then the eight before the DPP and the summonses issued are supported, with every value', async () => {
    const [eight, summonses] = (await claimAs('auditor', claimId)).assertions;
    expect(eight).toEqual({ ...EIGHT_BEFORE_THE_DPP, period: null, district: null, verdict: 'supported', recordedValue: 8, valueNow: 8, valueAsKnownAtMadeAt: 0 });
    expect(summonses).toMatchObject({ ...TWO_SUMMONSES, asOf: null, verdict: 'supported', recordedValue: 2, valueNow: 2 });
  });

  it('given a false assertion, then it is not_supported with the value recorded', async () => {
    const convictions = (await claimAs('auditor', claimId)).assertions[2];
    expect(convictions).toMatchObject({ ...THREE_CONVICTIONS, verdict: 'not_supported', recordedValue: 0, valueNow: 0 });
  });

  it('given a donor asking about a figure about victims, then it is suppressed with no values; other figures are given', async () => {
    const made = await users.get('coordinator')!
      .post('/v1/claims', theClaim([{ figure: 'victims.identified.total', period: '2021-22', value: 0 }, EIGHT_BEFORE_THE_DPP])).expect(201);
    position = String(made.body.position);
    const [victims, eight] = (await claimAs('donor', made.body.claimId)).assertions;
    expect(victims).toEqual({ figure: 'victims.identified.total', period: '2021-22', asOf: null, district: null, value: 0, verdict: 'suppressed' });
    expect(eight).toMatchObject({ verdict: 'supported', recordedValue: 8 });
    // The auditor gets the victim figure's values.
    expect((await claimAs('auditor', made.body.claimId)).assertions[0]).toMatchObject({ verdict: 'supported', recordedValue: 0, valueNow: 0 });
  });

  it('given a district-scoped reader, then a national assertion is out_of_scope with no values', async () => {
    const [eight] = (await claimAs('maseru auditor', claimId)).assertions;
    expect(eight).toEqual({ ...EIGHT_BEFORE_THE_DPP, period: null, district: null, verdict: 'out_of_scope' });
  });

  it('given the claims list, then it pages through every claim once, each evaluated', async () => {
    const first = (await users.get('donor')!.get(`/v1/claims?limit=1&minPosition=${position}`).expect(200)).body;
    expect(first).toMatchObject({ filters: {}, items: [expect.objectContaining({ assertions: expect.any(Array) })] });
    const second = (await users.get('donor')!.get(`/v1/claims?limit=1&cursor=${first.nextCursor}`).expect(200)).body;
    expect(second.nextCursor).toBeNull();
    expect([first.items[0].claimId, second.items[0].claimId]).toContain(claimId);
    expect(first.items[0].claimId).not.toBe(second.items[0].claimId);
  });

  it.each([
    ['an unknown figure path', 'assertions.0.figure', { figure: 'convictions.everything', period: '2021-22', value: 1 }],
    ['a report figure without its period', 'assertions.0.period', { figure: 'convictions.total', value: 1 }],
    ['a period on a figure as of a moment', 'assertions.0.period', { ...EIGHT_BEFORE_THE_DPP, period: '2021-22' }],
    ['a figure as of a moment without asOf', 'assertions.0.asOf', { figure: 'dpp.casesPending', value: 8 }],
    ['a period that is not one', 'assertions.0.period', { figure: 'convictions.total', period: '2021-23', value: 1 }],
    ['a negative value', 'assertions.0.value', { figure: 'convictions.total', period: '2021-22', value: -1 }],
  ])('given %s, refuses it (400 naming %s) and stores nothing', async (_case, field, assertion) => {
    const before = await storedClaims();
    const refused = await users.get('coordinator')!.post('/v1/claims', theClaim([assertion])).expect(400);
    expect(refused.body).toMatchObject({ code: 'VALIDATION_FAILED', fields: expect.arrayContaining([expect.objectContaining({ field })]) });
    expect(await storedClaims()).toBe(before);
  });

  it('given a statement with a control character, or a claim made in the future, refuses it and stores nothing', async () => {
    const before = await storedClaims();
    const control = await users.get('coordinator')!.post('/v1/claims', { ...theClaim([TWO_SUMMONSES]), statement: 'eight\u0007cases' }).expect(400);
    expect(control.body.fields).toEqual([expect.objectContaining({ field: 'statement' })]);
    const future = await users.get('coordinator')!.post('/v1/claims', { ...theClaim([TWO_SUMMONSES]), madeAt: on('2999-01-01') }).expect(422);
    expect(future.body.code).toBe('MADE_IN_FUTURE');
    const later = await users.get('coordinator')!.post('/v1/claims', theClaim([{ ...EIGHT_BEFORE_THE_DPP, asOf: on('2021-11-09') }])).expect(422);
    expect(later.body.code).toBe('ASSERTED_AFTER_MADE');
    expect(await storedClaims()).toBe(before);
  });

  it.each(['investigator', 'prosecutor', 'auditor', 'donor'])('given a %s recording a claim, refuses it (403) and stores nothing', async (role) => {
    const before = await storedClaims();
    await users.get(role)!.post('/v1/claims', theClaim([TWO_SUMMONSES])).expect(403);
    expect(await storedClaims()).toBe(before);
  });

  it('given an Idempotency-Key sent twice, answers the first answer again and stores one claim; another body is 422', async () => {
    const before = await storedClaims();
    const key = { 'Idempotency-Key': `claim-${randomUUID()}` };
    const first = await users.get('coordinator')!.post('/v1/claims', theClaim([TWO_SUMMONSES]), key).expect(201);
    const again = await users.get('coordinator')!.post('/v1/claims', theClaim([TWO_SUMMONSES]), key).expect(201);
    expect(again.body).toEqual(first.body);
    const reused = await users.get('coordinator')!.post('/v1/claims', theClaim([THREE_CONVICTIONS]), key).expect(422);
    expect(reused.body.code).toBe('IDEMPOTENCY_KEY_REUSED');
    expect(await storedClaims()).toBe(before + 1);
  });

  it('given the claim sealed in the ledger, then a donor gets its whole event as the public part of its leaf', async () => {
    await users.get('auditor')!.post('/v1/ledger/checkpoints', {}).expect(201);
    const { eventId } = await claimAs('donor', claimId);
    const proof = (await users.get('donor')!.get(`/v1/ledger/proofs/inclusion?eventId=${eventId}`).expect(200)).body;
    expect(proof.publicPart).toMatchObject({
      kind: 'claim', claimId, eventId, type: 'ClaimMade',
      data: { claimId, madeAt: MADE_AT, madeBy: 'Minister of Home Affairs', assertions: [expect.objectContaining({ figure: 'dpp.casesPending', value: 8 }), expect.anything(), expect.anything()] },
    });
    expect(proof).toMatchObject({ privatePart: null, salt: null });
  });

  it('given an unknown claim id, answers 404; a malformed one, 400', async () => {
    expect((await users.get('auditor')!.get(`/v1/claims/${randomUUID()}`).expect(404)).body.code).toBe('CLAIM_NOT_FOUND');
    await users.get('auditor')!.get('/v1/claims/not-a-claim').expect(400);
  });

  it('given a DPP decision that occurred before the claim but was recorded after it, then the claim is restated, naming that event', async () => {
    const decided = await users.get('prosecutor')!
      .post(`/v1/cases/${pendingCases[0]}/dpp-decision`, { occurredAt: on('2021-11-05'), decision: 'decline' }).expect(201);
    position = String(decided.body.position);
    const [eight, summonses] = (await claimAs('coordinator', claimId)).assertions;
    const [eventId] = decided.body.eventIds;
    expect(eight).toMatchObject({ verdict: 'restated', recordedValue: 8, valueNow: 7 });
    expect(eight.changedBy).toEqual([{ eventId, type: 'DppDecisionRecorded', occurredAt: on('2021-11-05'), recordedAt: expect.any(String) }]);
    expect(summonses).toMatchObject({ verdict: 'supported' });
  });
});
