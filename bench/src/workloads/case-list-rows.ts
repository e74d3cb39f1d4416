import { decodeGlobalPosition } from '@casetrail/event-store';
import { caseListRow, keptForList, type CaseListRow } from '@casetrail/read-models';
import { emptyTally, SeededRandom, syntheticCases, uuidFrom } from '@casetrail/synthetic';

/** Distinct synthetic cases decided by the domain; the rows beyond them repeat their lives under new ids. */
const TEMPLATES = 2000;
const FROM = Date.parse('2016-04-01T00:00:00+02:00');
const UNTIL = Date.parse('2026-03-31T00:00:00+02:00');

/**
 * `count` rows of the case list as its projection writes them (`caseListRow` over each case's kept
 * events), for loading the read model directly: folding 100,000 cases' events through the projection
 * would take the bench most of an hour. Row n is template n mod 2,000 under a fresh id, so many cases
 * share a referral moment and the keyset's tie-break on the id is exercised. Every row's position is
 * before the first page's pin, so pages are answered from the stored rows, as for a case list at rest.
 */
export function* caseListRows(count: number): Generator<CaseListRow> {
  const random = new SeededRandom(100_000);
  const options = { from: FROM, until: UNTIL, now: new Date(UNTIL).toISOString(), spanDays: Math.round((UNTIL - FROM) / 86_400_000) };
  const templates: CaseListRow[] = [];
  let position = 0;
  for (const { caseId, commands } of syntheticCases(random, Math.min(count, TEMPLATES), options, emptyTally())) {
    const events = commands.flatMap((c) => c.events).map(({ eventId, event }) => {
      position++;
      const recordedAt = new Date(Math.min(UNTIL, Date.parse(event.data.occurredAt) + 3_600_000)).toISOString();
      const record = { eventId, event, recordedAt, globalPosition: decodeGlobalPosition(`${position}:0`) };
      return keptForList(record as Parameters<typeof keptForList>[0]);
    });
    const row = caseListRow(caseId, events);
    if (row) templates.push(row);
  }
  for (let n = 0; n < count; n++) {
    const template = templates[n % templates.length]!;
    yield n < templates.length ? template : { ...template, case_id: uuidFrom(random) };
  }
}
