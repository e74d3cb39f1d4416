import { foldCase, MAGISTRATE_COURTS, summonsStatusAt, type ExistingCase, type StoredCaseEvent } from '@casetrail/domain';
import { governmentActionReport, reportingPeriod, type ReportEvent } from '@casetrail/reporting';
import { demoHistory } from './demo-history';

const DAY_MS = 86_400_000;

/** The demo as it would be loaded on `today`, as report events and as each case's state today. */
function demoOn(today: string) {
  const { history, tally } = demoHistory(new Date(today));
  const events: ReportEvent[] = history.flatMap(({ caseId, expectedVersion, command, recordedAt }) =>
    command.events.map(({ eventId, event }, n) => ({
      eventId, caseId, version: expectedVersion + n + 1, type: event.type, occurredAt: event.data.occurredAt,
      recordedAt: new Date(recordedAt).toISOString(), data: event.data as unknown as Record<string, unknown>,
    })),
  );
  const streams = new Map<string, StoredCaseEvent[]>();
  for (const { caseId, command } of history) streams.set(caseId, [...(streams.get(caseId) ?? []), ...command.events]);
  const cases = [...streams.values()].map((stream) => foldCase(stream) as ExistingCase);
  return { history, tally, events, cases };
}

describe('the demo, as loaded on 2026-12-02', () => {
  const today = '2026-12-02T10:00:00.000Z';
  const { history, tally, events, cases } = demoOn(today);
  const report = (period: string, knownAt = today) => governmentActionReport(events, reportingPeriod(period), knownAt, null);

  it.each(['2020-21', '2021-22'])('gives %s figures of the TIP reports\' orders of magnitude for Lesotho', (period) => {
    const figures = report(period);
    const victims = figures.victims.identified.total ?? 0;
    // 2022 and 2023 reports: about ten investigations, one to sixteen prosecutions, one conviction; tens of victims.
    expect(figures.investigations.initiated.total).toBeGreaterThanOrEqual(5);
    expect(figures.investigations.initiated.total).toBeLessThanOrEqual(40);
    expect(figures.prosecutions.initiated.total).toBeGreaterThanOrEqual(1);
    expect(figures.prosecutions.initiated.total).toBeLessThanOrEqual(40);
    expect(figures.convictions.total).toBeGreaterThanOrEqual(1);
    expect(figures.convictions.total).toBeLessThanOrEqual(6);
    expect(victims).toBeGreaterThanOrEqual(10);
    expect(victims).toBeLessThanOrEqual(99);
  });

  it('is decided by the domain throughout: nothing it attempted was refused but a correction', () => {
    expect(Object.keys(tally.refusedCommands).filter((command) => command !== 'CorrectEvent')).toEqual([]);
    expect(tally.eventsByType.EventCorrected ?? 0).toBeGreaterThan(10);
  });

  it('is recorded over ten years up to today, a share of it weeks or months late, never before it happened', () => {
    const recorded = history.map((r) => r.recordedAt);
    expect(Math.max(...recorded)).toBeLessThanOrEqual(Date.parse(today));
    expect(Math.min(...recorded)).toBeLessThan(Date.parse(today) - 9 * 365 * DAY_MS);
    expect(events.every((e) => e.type === 'EventCorrected' || Date.parse(e.recordedAt) >= Date.parse(e.occurredAt))).toBe(true);
    const lateByMonth = events.filter((e) => Date.parse(e.recordedAt) - Date.parse(e.occurredAt) > 30 * DAY_MS);
    expect(lateByMonth.length).toBeGreaterThan(events.length / 50);
    expect(recorded).toEqual([...recorded].sort((a, b) => a - b));
  });

  it('restates 2021-22 after the day its figures were first published (late and corrected events)', () => {
    const then = report('2021-22', '2022-06-30T00:00:00+02:00');
    const now = report('2021-22');
    expect(then).not.toEqual({ ...now, knownAt: then.knownAt, complete: then.complete });
  });

  it('has cases of every age up to today: some referred this year, some still open after years', () => {
    const ages = cases.map((c) => (Date.parse(today) - Date.parse(c.referredAt)) / DAY_MS);
    expect(ages.filter((age) => age < 365).length).toBeGreaterThanOrEqual(5);
    expect(Math.min(...ages)).toBeLessThan(60);
    const open = cases.filter((c) => c.closedAt === null).map((c) => (Date.parse(today) - Date.parse(c.referredAt)) / DAY_MS);
    expect(open.filter((age) => age < 365).length).toBeGreaterThan(0);
    expect(open.filter((age) => age > 3 * 365).length).toBeGreaterThan(0);
  });

  it('summons the accused before the magistrate court of the case\'s district, and has issued, failed, served and overdue summonses today', () => {
    const summonses = cases.flatMap((c) => Object.values(c.summonses).map((s) => ({ ...s, district: c.district })));
    expect(summonses.filter((s) => !MAGISTRATE_COURTS[s.district].includes(s.court))).toEqual([]);
    const statuses = new Set(summonses.map((s) => summonsStatusAt(s, today)));
    expect([...statuses].sort()).toEqual(['failed', 'issued', 'overdue', 'served']);
  });
});
