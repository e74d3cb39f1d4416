import { stored } from '../../testing/given';
import { day, ev } from '../../testing/fixtures';
import { correctionOf, effectiveEvents, occurredBy } from '../corrections';

/** e1 referral (day 1), e2 investigation opened (day 3), e3 arrest (day 4), then corrections. */
const story = () => [ev.caseReferred(), ev.investigationOpened(), ev.suspectArrested({ occurredAt: day(4) })];
const corrected = (...corrections: ReturnType<typeof ev.correction>[]) => stored([...story(), ...corrections]);

describe('the correction overlay', () => {
  it('given two corrections of one event, then lays both over it in stream order, the later winning', () => {
    const history = corrected(
      ev.correction('e1', 'CaseReferred', { district: 'leribe', form: 'sex' }),
      ev.correction('e1', 'CaseReferred', { district: 'berea' }),
    );
    const [referral] = effectiveEvents(history);
    expect(referral!.event.data).toMatchObject({ district: 'berea', form: 'sex' });
    expect(referral!.original).toEqual(ev.caseReferred());
    expect(referral!.correctedBy).toEqual(['e4', 'e5']);
  });

  it('given a correction, then the corrections themselves and the events it does not aim at stay as recorded', () => {
    const history = corrected(ev.correction('e3', 'SuspectArrested', { occurredAt: day(6) }));
    const effective = effectiveEvents(history);
    expect(effective.map((e) => e.event)).toEqual([...story().slice(0, 2), ev.suspectArrested({ occurredAt: day(6) }), history[3]!.event]);
    expect(effective[1]!.correctedBy).toEqual([]);
  });

  it('given a correction aimed at a correction or an erasure, then ignores it', () => {
    const history = stored([...story(), ev.personalDataErased(), ev.correction('e4', 'PersonalDataErased', { reason: 'x' })]);
    expect(effectiveEvents(history)[3]!.event).toEqual(ev.personalDataErased());
  });

  it('given records carrying a store\'s metadata, then keeps it on each effective event', () => {
    const history = corrected(ev.correction('e1', 'CaseReferred', { district: 'leribe' })).map((s, i) => ({ ...s, version: i + 1 }));
    expect(effectiveEvents(history).map((e) => e.version)).toEqual([1, 2, 3, 4]);
  });

  it('given a moment, then keeps the events that occurred by then as corrected, with the corrections aimed at them', () => {
    const history = corrected(
      ev.correction('e3', 'SuspectArrested', { occurredAt: day(9) }),
      ev.correction('e2', 'InvestigationOpened', { occurredAt: day(2) }),
    );
    expect(occurredBy(history, day(5)).map((e) => e.eventId)).toEqual(['e1', 'e2', 'e5']);
    expect(occurredBy(history, day(9)).map((e) => e.eventId)).toEqual(['e1', 'e2', 'e3', 'e4', 'e5']);
    expect(occurredBy(history, day(1, 9)).map((e) => e.eventId)).toEqual([]);
  });

  it('given an EventCorrected, then reads its changes typed by the type it corrects', () => {
    const correction = correctionOf(ev.correction('e1', 'CaseReferred', { district: 'leribe' }).data);
    expect(correction.correctedType === 'CaseReferred' && correction.changes.district).toBe('leribe');
  });
});
