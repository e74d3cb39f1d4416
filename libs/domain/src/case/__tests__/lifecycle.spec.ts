import type { CaseCommand } from '../commands';
import type { CaseEvent, StoredCaseEvent } from '../events';
import type { CaseState, ExistingCase } from '../state';
import { given } from '../../testing/given';
import { A1, CASE_ID, command, date, day, ev, S1, S2, SUM1, V1 } from '../../testing/fixtures';

type Step = { when: CaseCommand; then: CaseEvent[] };

/** Plays the steps one after another, each as given(all before).when(step).then(its events). */
function play(steps: readonly Step[]): ExistingCase {
  const history: StoredCaseEvent[] = [];
  let state: CaseState = { status: 'not_referred' };
  for (const step of steps) {
    state = given(history).when(step.when).then(step.then);
    history.push(...step.then.map((event) => ({ eventId: `e${history.length + 1}`, event })));
  }
  if (state.status !== 'existing') throw new Error('the story never referred a case');
  return state;
}

describe('a case from referral to closure', () => {
  const official = { suspectRef: S2, officialAgency: 'Department of Immigration' };
  const steps: Step[] = [
    {
      when: command('ReferCase', {
        caseId: CASE_ID,
        occurredAt: day(1),
        source: 'labour_inspection',
        district: 'maseru',
        form: 'labour',
      }),
      then: [ev.caseReferred()],
    },
    {
      when: command('IdentifyVictim', {
        victimRef: V1,
        occurredAt: day(2),
        sex: 'female',
        ageGroup: 'adult',
        nationality: 'LS',
        form: 'labour',
        identifiedBy: 'government',
        personal: { fullName: 'sealed:abc' },
        subjectRef: 'subject-v1',
      }),
      then: [ev.victimIdentified({ personal: { fullName: 'sealed:abc' }, subjectRef: 'subject-v1' })],
    },
    {
      when: command('ReferVictimToServices', {
        victimRef: V1,
        occurredAt: day(3),
        service: 'shelter',
        provider: 'Beautiful Dream Society',
        governmentFunded: false,
      }),
      then: [ev.victimReferredToServices()],
    },
    {
      when: command('OpenInvestigation', { occurredAt: day(3), unit: 'LMPS Anti-Trafficking Unit' }),
      then: [ev.investigationOpened()],
    },
    {
      when: command('IdentifySuspect', {
        suspectRef: S1,
        occurredAt: day(4),
        sex: 'male',
        nationality: 'CN',
        isGovernmentOfficial: false,
      }),
      then: [ev.suspectIdentified()],
    },
    {
      when: command('IdentifySuspect', {
        suspectRef: S2,
        occurredAt: day(4),
        sex: 'male',
        nationality: 'LS',
        isGovernmentOfficial: true,
        officialAgency: official.officialAgency,
      }),
      then: [ev.suspectIdentified({ ...official, nationality: 'LS', isGovernmentOfficial: true })],
    },
    {
      when: command('ArrestSuspect', { suspectRef: S1, occurredAt: day(5) }),
      then: [ev.suspectArrested()],
    },
    { when: command('SubmitDocket', { occurredAt: day(8) }), then: [ev.docketSubmitted()] },
    {
      when: command('RecordDppDecision', { occurredAt: day(10), decision: 'prosecute', forum: 'magistrate' }),
      then: [ev.dppDecided()],
    },
    {
      when: command('FileCharges', { suspectRef: S1, occurredAt: day(12), statute: 'anti_trafficking_act', counts: 2 }),
      then: [ev.chargesFiled()],
    },
    {
      when: command('FileCharges', { suspectRef: S2, occurredAt: day(12), statute: 'other', counts: 1 }),
      then: [ev.chargesFiled({ suspectRef: S2, statute: 'other', counts: 1 })],
    },
    {
      when: command('IssueSummons', {
        summonsRef: SUM1,
        suspectRef: S1,
        occurredAt: day(13),
        court: 'Maseru Magistrate Court',
        returnDate: date(30),
      }),
      then: [ev.summonsIssued()],
    },
    {
      when: command('RecordSummonsService', {
        summonsRef: SUM1,
        occurredAt: day(14),
        outcome: 'failed',
        note: 'not at home',
      }),
      then: [ev.summonsServiceFailed()],
    },
    {
      when: command('RecordSummonsService', { summonsRef: SUM1, occurredAt: day(15), outcome: 'served' }),
      then: [ev.summonsServed()],
    },
    { when: command('RecordAppearance', { suspectRef: S1, occurredAt: day(16) }), then: [ev.accusedAppeared()] },
    { when: command('StartTrial', { suspectRef: S1, occurredAt: day(20) }), then: [ev.trialStarted()] },
    {
      when: command('DeliverVerdict', {
        suspectRef: S1,
        occurredAt: day(25),
        outcome: 'convicted',
        statute: 'anti_trafficking_act',
      }),
      then: [ev.verdictDelivered()],
    },
    {
      when: command('ImposeSentence', {
        suspectRef: S1,
        occurredAt: day(28),
        imprisonmentMonths: 120,
        suspendedMonths: 120,
        fine: 10000,
        fineInLieuOfPrison: false,
      }),
      then: [ev.sentenceImposed({ suspendedMonths: 120, fine: 10000 })],
    },
    {
      when: command('FileAppeal', { appealRef: A1, suspectRef: S1, occurredAt: day(35), appellant: 'crown' }),
      then: [ev.appealFiled()],
    },
    {
      when: command('DecideAppeal', { appealRef: A1, occurredAt: day(40), outcome: 'abandoned' }),
      then: [ev.appealDecided()],
    },
    {
      when: command('CloseCase', { occurredAt: day(45), reason: 'proceedings concluded' }),
      then: [ev.caseClosed()],
    },
  ];

  it('records every step and folds to the closed case', () => {
    const state = play(steps);
    expect(state.stage).toBe('closed');
    expect(state.investigation.status).toBe('charged');
    expect(state.victims[V1]).toMatchObject({ subjectRef: 'subject-v1', referrals: [{ service: 'shelter' }] });
    expect(state.accused[S1]).toMatchObject({
      status: 'appeal_decided',
      arrestedAt: day(5),
      chargedAt: day(12),
      verdict: { outcome: 'convicted', statute: 'anti_trafficking_act' },
      sentence: { imprisonmentMonths: 120, suspendedMonths: 120, fine: 10000 },
    });
    expect(state.accused[S2]).toMatchObject({
      status: 'charged',
      isGovernmentOfficial: true,
      officialAgency: 'Department of Immigration',
    });
    expect(state.summonses[SUM1]).toMatchObject({ status: 'served', attempts: 2, servedAt: day(15) });
    expect(state.appeals[A1]).toMatchObject({ appellant: 'crown', status: 'decided', outcome: 'abandoned' });
    expect(state.history).toHaveLength(steps.length);
    expect(state.lastOccurredAt).toBe(day(45));
  });
});

describe('the further-investigation loop', () => {
  const sentBack = [
    ev.caseReferred(),
    ev.investigationOpened(),
    ev.docketSubmitted(),
    ev.dppDecided({ decision: 'further_investigation', forum: null }),
  ];

  it('sends the case back under investigation with the investigation open', () => {
    const state = given(sentBack.slice(0, 3))
      .when(command('RecordDppDecision', { occurredAt: day(10), decision: 'further_investigation' }))
      .then([sentBack[3]!]);
    expect(state).toMatchObject({
      stage: 'under_investigation',
      investigation: { status: 'open' },
      docket: { decision: 'further_investigation' },
    });
  });

  it('takes no second decision until the docket comes back', () => {
    given(sentBack)
      .when(command('RecordDppDecision', { occurredAt: day(11), decision: 'prosecute' }))
      .thenRefused('DOCKET_NOT_WITH_DPP');
  });

  it('lets the docket be submitted again, then decided for prosecution', () => {
    const resubmitted = given(sentBack)
      .when(command('SubmitDocket', { occurredAt: day(15) }))
      .then([ev.docketSubmitted({ occurredAt: day(15) })]);
    expect(resubmitted).toMatchObject({ stage: 'with_dpp', docket: { submissions: 2, decision: null } });

    const decided = given([...sentBack, ev.docketSubmitted({ occurredAt: day(15) })])
      .when(command('RecordDppDecision', { occurredAt: day(16), decision: 'prosecute', forum: 'high_court' }))
      .then([ev.dppDecided({ occurredAt: day(16), forum: 'high_court' })]);
    expect(decided).toMatchObject({ stage: 'in_prosecution', docket: { forum: 'high_court' } });
  });

  it('refuses a resubmission dated before the decision that sent the docket back', () => {
    given(sentBack).when(command('SubmitDocket', { occurredAt: day(9) })).thenRefused('OCCURRED_BEFORE_DEPENDENCY');
  });

  it('reopens a closed investigation', () => {
    const closedFirst = [ev.caseReferred(), ev.investigationOpened(), ev.docketSubmitted(), ev.investigationClosed()];
    const state = given(closedFirst)
      .when(command('RecordDppDecision', { occurredAt: day(10), decision: 'further_investigation' }))
      .then([ev.dppDecided({ decision: 'further_investigation', forum: null })]);
    expect(state).toMatchObject({ investigation: { status: 'open', openedAt: day(10) } });
  });
});
