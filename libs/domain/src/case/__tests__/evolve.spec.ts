import { effectiveEvents } from '../corrections';
import { evolve, foldCase } from '../evolve';
import { initialState, type ExistingCase } from '../state';
import { summonsStatusAt } from '../summons-status';
import { stored } from '../../testing/given';
import { charged, date, day, ev, investigating, S1, S2, SUM1, summoned } from '../../testing/fixtures';

const existing = (events: Parameters<typeof stored>[0]): ExistingCase => {
  const state = foldCase(stored(events));
  if (state.status !== 'existing') throw new Error('no case');
  return state;
};

describe('folding a case', () => {
  it('starts from a stream with no case', () => {
    expect(initialState()).toEqual({ status: 'not_referred' });
    expect(foldCase([])).toEqual({ status: 'not_referred' });
  });

  it('ignores events on a stream whose case was never referred', () => {
    expect(evolve(initialState(), { eventId: 'x', event: ev.suspectArrested() })).toEqual({ status: 'not_referred' });
  });

  it('keeps the history as applied and the latest occurredAt, whatever the order recorded', () => {
    const state = existing([...investigating, ev.suspectArrested({ occurredAt: day(5) }), ev.bailGranted({ occurredAt: day(6) })]);
    expect(state.history.map((s) => s.eventId)).toEqual(['e1', 'e2', 'e3', 'e4', 'e5']);
    expect(state.lastOccurredAt).toBe(day(6));
  });

  it('is plain JSON data', () => {
    const state = existing(summoned);
    expect(JSON.parse(JSON.stringify(state))).toEqual(state);
  });

  it('never moves an accused back along the track (a late arrest after charges)', () => {
    const state = existing([...charged, ev.suspectArrested({ occurredAt: day(13) })]);
    expect(state.accused[S1]).toMatchObject({ status: 'charged', arrestedAt: day(13) });
  });

  it('ends the investigation at the first charges only', () => {
    const state = existing([
      ...charged,
      ev.suspectIdentified({ suspectRef: S2, occurredAt: day(13) }),
      ev.investigationOpened({ occurredAt: day(14) }),
      ev.chargesFiled({ suspectRef: S2, occurredAt: day(15) }),
    ]);
    expect(state.investigation.status).toBe('open');
    expect(state.stage).toBe('in_prosecution');
  });
});

describe('effective events', () => {
  it('lists corrections in place and lays them over their targets, originals kept', () => {
    const history = stored([
      ...investigating,
      ev.suspectArrested(),
      ev.correction('e4', 'SuspectArrested', { occurredAt: day(6) }),
      ev.correction('e4', 'SuspectArrested', { occurredAt: day(7) }),
    ]);
    const effective = effectiveEvents(history);
    expect(effective.map((e) => e.event.type)).toEqual([
      'CaseReferred',
      'InvestigationOpened',
      'SuspectIdentified',
      'SuspectArrested',
      'EventCorrected',
      'EventCorrected',
    ]);
    expect(effective[3]).toEqual({
      eventId: 'e4',
      event: ev.suspectArrested({ occurredAt: day(7) }),
      original: ev.suspectArrested(),
      correctedBy: ['e5', 'e6'],
    });
    expect(effective[0]?.correctedBy).toEqual([]);
  });

  it('folds to the same state whether corrections are folded one by one or all at once', () => {
    const history = stored([...investigating, ev.suspectArrested(), ev.correction('e4', 'SuspectArrested', { occurredAt: day(6) })]);
    const stepByStep = history.reduce(evolve, initialState());
    expect(stepByStep).toEqual(foldCase(history));
    if (stepByStep.status !== 'existing') throw new Error('no case');
    expect(stepByStep.accused[S1]?.arrestedAt).toBe(day(6));
  });
});

describe('summons status at a moment', () => {
  const summons = existing(summoned).summonses[SUM1]!;

  it('is issued until its return date has passed in Lesotho', () => {
    expect(summonsStatusAt(summons, day(30, 23))).toBe('issued');
    expect(summonsStatusAt(summons, '2021-11-30T21:59:00Z')).toBe('issued');
  });

  it('is overdue the day after its return date, failed attempts or not', () => {
    expect(summonsStatusAt(summons, '2021-11-30T22:00:00Z')).toBe('overdue');
    const failed = existing([...summoned, ev.summonsServiceFailed()]).summonses[SUM1]!;
    expect(summonsStatusAt(failed, day(20))).toBe('failed');
    expect(summonsStatusAt(failed, day(31))).toBe('overdue');
  });

  it('is served once served, even late', () => {
    const served = existing([...summoned, ev.summonsServed({ occurredAt: day(35) })]).summonses[SUM1]!;
    expect(summonsStatusAt(served, day(40))).toBe('served');
    expect(served.returnDate).toBe(date(30));
  });
});
