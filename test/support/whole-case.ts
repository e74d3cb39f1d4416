import { as, at } from './case-requests';

type Api = ReturnType<typeof as>;

/** National users who record cases in any district. */
export interface Recorders {
  readonly investigator: Api;
  readonly prosecutor: Api;
  readonly clerk: Api;
}

/** Records each request (201 expected) and keeps the highest global position answered. */
function recorder() {
  let position = 0;
  const send = async (api: Api, route: string, body: object) => {
    const response = await api.post(route, body).expect(201);
    position = Math.max(position, response.body.position);
  };
  return { send, position: () => position };
}

/** A case referred, with a victim and an accused, investigated, its docket before the DPP (no decision yet). */
export async function recordCaseBeforeDpp(caseId: string, district: string, users: Recorders): Promise<number> {
  const { send, position } = recorder();
  const path = `/v1/cases/${caseId}`;
  await send(users.investigator, '/v1/cases', { caseId, occurredAt: at('03-01'), source: 'police', district, form: 'labour', summary: `a case in ${district}` });
  await send(users.investigator, `${path}/victims`, { victimRef: 'vic-1', occurredAt: at('03-02'), sex: 'female', ageGroup: 'child', nationality: 'LS', form: 'labour', identifiedBy: 'government', personal: { fullName: `Victim of ${district}` } });
  await send(users.investigator, `${path}/investigation`, { occurredAt: at('03-03'), unit: 'ATU' });
  await send(users.investigator, `${path}/suspects`, { suspectRef: 'sus-1', occurredAt: at('03-04'), sex: 'male', nationality: 'LS', isGovernmentOfficial: false });
  await send(users.investigator, `${path}/suspects/sus-1/arrest`, { occurredAt: at('03-05') });
  await send(users.investigator, `${path}/docket`, { occurredAt: at('03-06') });
  return position();
}

/**
 * A whole case to a sentence of 24 months: charged, a summons issued (return date 2021-04-01, never served, so
 * overdue), tried, convicted in June 2021 (reporting period 2021-22).
 */
export async function recordWholeCase(caseId: string, district: string, court: string, users: Recorders): Promise<number> {
  const { send, position } = recorder();
  const path = `/v1/cases/${caseId}`;
  const before = await recordCaseBeforeDpp(caseId, district, users);
  await send(users.prosecutor, `${path}/dpp-decision`, { occurredAt: at('03-07'), decision: 'prosecute', forum: 'magistrate' });
  await send(users.prosecutor, `${path}/suspects/sus-1/charges`, { occurredAt: at('03-08'), statute: 'anti_trafficking_act', counts: 1 });
  await send(users.prosecutor, `${path}/summonses`, { summonsRef: 'sum-1', suspectRef: 'sus-1', occurredAt: at('03-09'), court, returnDate: '2021-04-01' });
  await send(users.clerk, `${path}/suspects/sus-1/trial`, { occurredAt: at('05-01') });
  await send(users.clerk, `${path}/suspects/sus-1/verdict`, { occurredAt: at('06-01'), outcome: 'convicted', statute: 'anti_trafficking_act' });
  await send(users.clerk, `${path}/suspects/sus-1/sentence`, { occurredAt: at('06-15'), imprisonmentMonths: 24, suspendedMonths: 0, fineInLieuOfPrison: false });
  return Math.max(before, position());
}
