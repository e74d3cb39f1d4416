import { effectiveEvents } from '../corrections';
import { foldCase } from '../evolve';
import { admit } from '../rules/admit';
import type { ExistingCase } from '../state';
import { given, stored } from '../../testing/given';
import {
  charged, command, convicted, day, ev, investigating, NOW, prosecuting, S1, sentenced,
} from '../../testing/fixtures';

const correct = (eventId: string, changes: Record<string, unknown>, reason = 'clerical error', now = NOW) =>
  command('CorrectEvent', { eventId, reason, changes }, now);

const existing = (state: ReturnType<typeof foldCase>): ExistingCase => {
  if (state.status !== 'existing') throw new Error('no case');
  return state;
};

// investigating = e1 CaseReferred, e2 InvestigationOpened, e3 SuspectIdentified
const arrested = [...investigating, ev.suspectArrested()]; // e4 SuspectArrested

describe('correcting an event', () => {
  it('records the correction at server time and changes the folded state', () => {
    const state = existing(
      given(arrested)
        .when(correct('e4', { occurredAt: day(6) }, 'arrest was on the 6th'))
        .then([ev.correction('e4', 'SuspectArrested', { occurredAt: day(6) }, 'arrest was on the 6th')]),
    );
    expect(state.accused[S1]?.arrestedAt).toBe(day(6));
  });

  it('leaves the corrected event in the history as it was recorded', () => {
    const state = existing(given(arrested).when(correct('e4', { occurredAt: day(6) })).then([ev.correction('e4', 'SuspectArrested', { occurredAt: day(6) }, 'clerical error')]));
    expect(state.history[3]).toEqual({ eventId: 'e4', event: ev.suspectArrested() });
    expect(state.history[4]?.event.type).toBe('EventCorrected');
    expect(state.history).toHaveLength(5);
  });

  it('changes an outcome: a conviction corrected to an acquittal', () => {
    const history = stored(convicted);
    const verdictId = history.find((s) => s.event.type === 'VerdictDelivered')!.eventId;
    const state = existing(
      given(history)
        .when(correct(verdictId, { outcome: 'acquitted' }))
        .then([ev.correction(verdictId, 'VerdictDelivered', { outcome: 'acquitted' }, 'clerical error')]),
    );
    expect(state.accused[S1]).toMatchObject({ status: 'acquitted', verdict: { outcome: 'acquitted' } });
  });

  it('applies the latest of two corrections of the same event', () => {
    const history = stored(charged);
    const chargesId = history.find((s) => s.event.type === 'ChargesFiled')!.eventId;
    const once = [...history, { eventId: 'c1', event: ev.correction(chargesId, 'ChargesFiled', { counts: 3, statute: 'other' }) }];
    const state = existing(
      given(once).when(correct(chargesId, { counts: 5 })).then([ev.correction(chargesId, 'ChargesFiled', { counts: 5 }, 'clerical error')]),
    );
    expect(state.accused[S1]?.charges).toEqual([{ statute: 'other', counts: 5, occurredAt: day(12) }]);
    const corrected = effectiveEvents(state.history).find((e) => e.eventId === chargesId)!;
    expect(corrected.correctedBy).toEqual(['c1', 'new1']);
    expect(corrected.original).toEqual(ev.chargesFiled());
  });

  it('moves a case to another district when the referral is corrected', () => {
    const state = existing(given(investigating).when(correct('e1', { district: 'leribe' })).then([ev.correction('e1', 'CaseReferred', { district: 'leribe' }, 'clerical error')]));
    expect(state.district).toBe('leribe');
  });

  it('refuses an event not in this case (CORRECTION_TARGET_NOT_FOUND)', () => {
    given(arrested).when(correct('e99', { occurredAt: day(6) })).thenRefused('CORRECTION_TARGET_NOT_FOUND');
  });

  it('refuses to correct a correction or an erasure (CORRECTION_NOT_ALLOWED)', () => {
    const corrected = [...arrested, ev.correction('e4', 'SuspectArrested', { occurredAt: day(6) })]; // e5
    given(corrected).when(correct('e5', { reason: 'other' })).thenRefused('CORRECTION_NOT_ALLOWED');
    const erased = [
      ev.caseReferred(),
      ev.victimIdentified({ subjectRef: 'subject-v1', personal: { fullName: 'sealed' } }),
      ev.personalDataErased(),
    ];
    given(erased).when(correct('e3', { reason: 'other' })).thenRefused('CORRECTION_NOT_ALLOWED');
  });

  it('refuses a correction event whose correctedType is not its target\'s (CORRECTION_NOT_ALLOWED): a history run through the rules', () => {
    // Deciding reads correctedType off the target, so only a stored or replayed event can disagree with it.
    const state = foldCase(stored(arrested));
    const refusal = (correctedType: 'SuspectIdentified' | 'SuspectArrested') => {
      try {
        admit(state, ev.correction('e4', correctedType, { occurredAt: day(6) }), NOW);
        return 'admitted';
      } catch (error) {
        return (error as { code?: string }).code;
      }
    };
    expect([refusal('SuspectIdentified'), refusal('SuspectArrested')]).toEqual(['CORRECTION_NOT_ALLOWED', 'admitted']);
  });

  it('refuses to change an identity field (CORRECTION_NOT_ALLOWED)', () => {
    given(arrested).when(correct('e4', { suspectRef: 'suspect-2' })).thenRefused('CORRECTION_NOT_ALLOWED');
    given(arrested).when(correct('e1', { caseId: 'case-2' })).thenRefused('CORRECTION_NOT_ALLOWED');
    given(arrested).when(correct('e3', { subjectRef: 'someone-else' })).thenRefused('CORRECTION_NOT_ALLOWED');
    given(arrested).when(correct('e3', { personal: { fullName: 'x' } })).thenRefused('CORRECTION_NOT_ALLOWED');
    given([...investigating, ev.evidenceAttached()])
      .when(correct('e4', { sha256: 'cd'.repeat(32) }))
      .thenRefused('CORRECTION_NOT_ALLOWED');
  });

  it('refuses a field the event does not have (CORRECTION_UNKNOWN_FIELD)', () => {
    given(arrested).when(correct('e4', { victimRef: 'victim-1' })).thenRefused('CORRECTION_UNKNOWN_FIELD');
    given(arrested).when(correct('e4', { toString: 'x' })).thenRefused('CORRECTION_UNKNOWN_FIELD');
  });

  it('refuses a correction that changes nothing (CORRECTION_EMPTY)', () => {
    given(arrested).when(correct('e4', {})).thenRefused('CORRECTION_EMPTY');
    given(arrested).when(correct('e4', { occurredAt: day(5) })).thenRefused('CORRECTION_EMPTY');
    const corrected = [...arrested, ev.correction('e4', 'SuspectArrested', { occurredAt: day(6) })];
    given(corrected).when(correct('e4', { occurredAt: day(6) })).thenRefused('CORRECTION_EMPTY');
  });

  it('refuses a corrected value not of its kind (INVALID_VALUE)', () => {
    given(convicted).when(correct('e1', { form: 'organ_removal' })).thenRefused('INVALID_VALUE');
    given(arrested).when(correct('e4', { occurredAt: 'the 6th' })).thenRefused('INVALID_VALUE');
    given(arrested).when(correct('e1', { summary: 42 })).thenRefused('INVALID_VALUE');
  });

  it('refuses a corrected time before what the event depends on (OCCURRED_BEFORE_DEPENDENCY)', () => {
    given(arrested).when(correct('e4', { occurredAt: day(4, 9) })).thenRefused('OCCURRED_BEFORE_DEPENDENCY');
    // Moving the referral after the investigation's opening would put the opening before the referral.
    given(arrested).when(correct('e1', { occurredAt: day(3, 12) })).thenRefused('OCCURRED_BEFORE_DEPENDENCY');
    given(arrested).when(correct('e1', { occurredAt: day(1, 8) })).then([ev.correction('e1', 'CaseReferred', { occurredAt: day(1, 8) }, 'clerical error')]);
  });

  it('refuses a corrected time in the future (OCCURRED_IN_FUTURE)', () => {
    given(arrested).when(correct('e4', { occurredAt: '2022-01-01T10:00:00+02:00' })).thenRefused('OCCURRED_IN_FUTURE');
  });

  it('refuses a correction that later events contradict', () => {
    const history = stored(sentenced);
    const verdictId = history.find((s) => s.event.type === 'VerdictDelivered')!.eventId;
    const message = given(history).when(correct(verdictId, { outcome: 'acquitted' })).thenRefused('SENTENCE_NEEDS_CONVICTION');
    expect(message).toContain('SentenceImposed');

    const withCharges = stored(charged);
    const decisionId = withCharges.find((s) => s.event.type === 'DppDecisionRecorded')!.eventId;
    given(withCharges).when(correct(decisionId, { decision: 'decline', forum: null })).thenRefused('CHARGES_NEED_DPP_DECISION');
    given(stored(prosecuting)).when(correct(decisionId, { decision: 'decline', forum: null })).then([
      ev.correction(decisionId, 'DppDecisionRecorded', { decision: 'decline', forum: null }, 'clerical error'),
    ]);
  });
});

describe('evidence', () => {
  const attach = (extra: Partial<{ evidenceRef: string; sha256: string; occurredAt: string }> = {}) =>
    command('AttachEvidence', { evidenceRef: 'evidence-1', occurredAt: day(12), sha256: 'AB'.repeat(32), description: 'charge sheet', ...extra });

  it('records a document hash, in lowercase', () => {
    const state = existing(given(investigating).when(attach()).then([ev.evidenceAttached()]));
    expect(state.evidence['evidence-1']).toEqual({ sha256: 'ab'.repeat(32), description: 'charge sheet', attachedAt: day(12) });
  });

  it('refuses an evidenceRef already attached (EVIDENCE_ALREADY_ATTACHED)', () => {
    given([...investigating, ev.evidenceAttached()]).when(attach({ occurredAt: day(13) })).thenRefused('EVIDENCE_ALREADY_ATTACHED');
  });

  it('refuses something that is not a SHA-256 (INVALID_VALUE)', () => {
    given(investigating).when(attach({ sha256: 'abc' })).thenRefused('INVALID_VALUE');
    given(investigating).when(attach({ sha256: 'zz'.repeat(32) })).thenRefused('INVALID_VALUE');
  });
});

describe('erasing personal data', () => {
  const withPeople = [
    ev.caseReferred(),
    ev.victimIdentified({ subjectRef: 'subject-v1', personal: { fullName: 'sealed' } }),
    ev.suspectIdentified({ subjectRef: 'subject-s1', personal: { fullName: 'sealed' } }),
  ];
  const erase = (subjectRef: string) => command('ErasePersonalData', { subjectRef, reason: 'data subject request' });

  it('records the erasure of a victim or a suspect at server time', () => {
    const state = existing(given(withPeople).when(erase('subject-v1')).then([ev.personalDataErased()]));
    expect(state.erasedSubjects).toEqual({ 'subject-v1': NOW });
    given(withPeople).when(erase('subject-s1')).then([ev.personalDataErased({ subjectRef: 'subject-s1' })]);
  });

  it('works on a closed case', () => {
    given([...withPeople, ev.caseClosed({ occurredAt: day(5) })]).when(erase('subject-v1')).then([ev.personalDataErased()]);
  });

  it('refuses a subjectRef unknown in the case (SUBJECT_NOT_FOUND)', () => {
    given(withPeople).when(erase('subject-9')).thenRefused('SUBJECT_NOT_FOUND');
  });

  it('refuses to erase twice (SUBJECT_ALREADY_ERASED)', () => {
    given([...withPeople, ev.personalDataErased()]).when(erase('subject-v1')).thenRefused('SUBJECT_ALREADY_ERASED');
  });
});
