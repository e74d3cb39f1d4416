import type { Page } from 'playwright-core';
import type { Role } from '@casetrail/domain';
import { expectedCell, figureAt, periodBefore, withheldBelow } from './figures';
import { reportRows } from './page-actions';
import { checkBacklogByDistrict } from './backlog-checks';
import type { SeededService } from './seeded-service';

type Report = Record<string, unknown> & { period: string; suppressedBelow?: number; disclosure?: { shownFrom: number }; previous: Record<string, unknown> };
const reportPath = (period: string, knownAt?: string) =>
  `/v1/reports/government-action?period=${period}${knownAt ? `&knownAt=${encodeURIComponent(knownAt)}` : ''}`;

/** Every figure the page shows equals the API's, for the period and the previous one; suppressed ones say so. */
export async function checkGovernmentAction(page: Page, service: SeededService, role: Role): Promise<void> {
  const period = await page.getByLabel('Reporting period', { exact: true }).inputValue();
  expect(period).toBe(periodBefore(new Date(), 1));
  const report = await service.get<Report>(role, reportPath(period));
  await page.getByTestId('report-table').waitFor();
  const rows = await reportRows(page);
  expect(Object.keys(rows).length).toBeGreaterThanOrEqual(25);
  for (const [figure, cells] of Object.entries(rows)) {
    expect({ figure, ...cells.current }).toMatchObject({ figure, ...expectedCell(figure, figureAt(report, figure), withheldBelow(report)) });
    expect({ figure, ...cells.previous }).toMatchObject({ figure, ...expectedCell(figure, figureAt(report.previous, figure), withheldBelow(report)) });
  }

  // The seeded data has small victim counts: a donor sees them as "fewer than 15" (the rule's shownFrom), others as numbers.
  const suppressedCells = Object.values(rows).filter((cells) => cells.current!.suppressed || cells.previous!.suppressed).length;
  if (role === 'donor') expect(suppressedCells).toBeGreaterThan(0);
  else expect(suppressedCells).toBe(0);

  // Five years, from five report calls.
  const periods = [4, 3, 2, 1, 0].map((n) => periodBefore(new Date(), 1 + n));
  const table = page.getByTestId('five-year-chart-table');
  await table.waitFor();
  expect(await table.locator('thead th').allTextContents()).toEqual(['', ...periods]);
  const reports = await Promise.all(periods.map((p) => service.get<Report>(role, reportPath(p))));
  const shown = await table.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent)));
  const series = ['investigations.initiated.total', 'prosecutions.initiated.total', 'convictions.total', 'sentences.total'];
  expect(shown).toEqual(series.map((path) => reports.map((r) => String(figureAt(r, path)))));
  expect(await page.getByTestId('five-year-chart').locator('svg[role=img] title').count()).toBe(1);

  // The knownAt slider at its first step: the record as it stood when the period began, beside it as known now.
  await page.getByLabel('As the record stood on', { exact: true }).focus();
  await page.keyboard.press('Home');
  const knownAt = `${period.slice(0, 4)}-04-01T00:00:00+02:00`;
  await page.getByTestId('known-at').filter({ hasText: `${period.slice(0, 4)}-04-01` }).waitFor();
  await page.locator('[data-testid=report-table] td[data-column=now]').first().waitFor();
  const then = await service.get<Report>(role, reportPath(period, knownAt));
  const restated = await reportRows(page);
  for (const [figure, cells] of Object.entries(restated)) {
    expect({ figure, ...cells.current }).toMatchObject({ figure, ...expectedCell(figure, figureAt(then, figure), withheldBelow(then)) });
    expect({ figure, ...cells.now }).toMatchObject({ figure, ...expectedCell(figure, figureAt(report, figure), withheldBelow(report)) });
  }
  await page.keyboard.press('End');
  await page.getByTestId('known-at').filter({ hasText: 'now' }).waitFor();
}

interface CaseAnswer { stage: string; version: number }
interface Timeline { events: { eventId: string; type: string; correctedBy: unknown[] }[] }

/** The canary case as the API answers it, its timeline with the correction beside it, time travel, and a proof verified in the page. */
export async function checkCase(page: Page, service: SeededService, role: Role, readsTimeline: boolean): Promise<void> {
  const caseId = service.canaryCaseId;
  await page.getByLabel('Case id', { exact: true }).fill(caseId);
  await page.getByRole('button', { name: 'Open' }).click();
  const answer = await service.get<CaseAnswer>(role, `/v1/cases/${caseId}`);
  await page.getByTestId('case-version').filter({ hasText: String(answer.version) }).waitFor();
  expect(await page.getByTestId('case-stage').textContent()).toBe(answer.stage.replaceAll('_', ' '));

  // Time travel to version 1: the case as its first event left it.
  await page.getByLabel(/^Version \d+ of \d+$/).focus();
  await page.keyboard.press('Home');
  const first = await service.get<CaseAnswer>(role, `/v1/cases/${caseId}?version=1`);
  await page.getByTestId('case-version').filter({ hasText: /^1$/ }).waitFor();
  expect(await page.getByTestId('case-stage').textContent()).toBe(first.stage.replaceAll('_', ' '));
  await page.getByRole('button', { name: 'Back to now' }).click();
  await page.getByTestId('case-version').filter({ hasText: String(answer.version) }).waitFor();

  if (!readsTimeline) {
    expect(await page.getByTestId('timeline').count()).toBe(0);
    return;
  }
  const timeline = await service.get<Timeline>(role, `/v1/cases/${caseId}/timeline`);
  await page.getByTestId('timeline-table').waitFor();
  expect(await page.locator('[data-testid=timeline-table] tbody tr[data-event-id]').count()).toBe(timeline.events.length);
  const corrected = timeline.events.find((e) => e.correctedBy.length > 0)!;
  const correctedRow = page.locator(`tr[data-event-id="${corrected.eventId}"]`);
  expect(await correctedRow.textContent()).toContain('CANARY-REASON-walnut');
  expect(await page.locator('figure.timeline-chart').count()).toBe(1);
  expect(await page.locator('figure.timeline-chart table').count()).toBe(1);

  await correctedRow.getByRole('button', { name: 'Prove it is in the ledger' }).click();
  const proof = page.getByTestId('inclusion-proof');
  await proof.waitFor();
  expect(await proof.getAttribute('data-verified')).toBe('true');
  const steps = await proof.locator('li').evaluateAll((lis) => lis.map((li) => [(li as HTMLElement).dataset.step, (li as HTMLElement).dataset.ok]));
  expect(steps).toEqual([['entry', 'true'], ['entryNames', 'true'], ['root', 'true'], ['note', 'true'], ['keyId', 'true'], ['signature', 'true']]);
}

interface Summonses { counts: { total: number; byStatus: Record<string, number> }; items?: unknown[] }
interface Backlog { total: number; items?: unknown[] }

/** The backlog and the summonses as the API answers the role (counts only for a donor). */
export async function checkWorkLists(page: Page, service: SeededService, role: Role, readsBacklog: boolean): Promise<void> {
  if (readsBacklog) {
    const backlog = await service.get<Backlog>(role, '/v1/dpp/backlog');
    await page.getByTestId('backlog-summary').waitFor();
    expect(await page.locator('[data-testid=backlog-summary] dd[data-value]').first().getAttribute('data-value')).toBe(String(backlog.total));
    expect(await page.locator('[data-testid=backlog-table] tbody tr').count()).toBe(backlog.items?.length ?? 0);
    await checkBacklogByDistrict(page, service, role);
  } else {
    expect(await page.getByTestId('backlog-summary').count()).toBe(0);
  }
  const summonses = await service.get<Summonses>(role, '/v1/summonses');
  await page.getByTestId('summons-counts').waitFor();
  const shown = await page.locator('[data-testid=summons-counts] [data-status]').evaluateAll((spans) =>
    Object.fromEntries(spans.map((s) => [(s as HTMLElement).dataset.status, Number((s as HTMLElement).dataset.value)])),
  );
  expect(shown).toEqual({ ...summonses.counts.byStatus, total: summonses.counts.total });
  if (role === 'donor') expect(await page.getByTestId('summonses-table').count()).toBe(0);
  else {
    await page.getByTestId('summonses-table').waitFor();
    expect(await page.locator('[data-testid=summonses-table] tbody tr').count()).toBe(summonses.items!.length);
  }
  await checkWorkListsAsOf(page, service, role, readsBacklog);
}

/** The day picker: the backlog and the summonses as they stood at the end of a Lesotho day two years ago, as the API answers. */
async function checkWorkListsAsOf(page: Page, service: SeededService, role: Role, readsBacklog: boolean): Promise<void> {
  const day = new Date(Date.now() - 730 * 86_400_000 + 2 * 3600_000).toISOString().slice(0, 10);
  const asOf = encodeURIComponent(`${day}T23:59:59.999+02:00`);
  const backlog = readsBacklog ? await service.get<Backlog>(role, `/v1/dpp/backlog?asOf=${asOf}`) : null;
  const summonses = await service.get<Summonses>(role, `/v1/summonses?asOf=${asOf}`);
  const answered = Promise.all([
    page.waitForResponse((r) => r.url().includes(`/v1/summonses?asOf=${asOf}`) && r.ok()),
    ...(backlog ? [page.waitForResponse((r) => r.url().includes(`/v1/dpp/backlog?asOf=${asOf}`) && r.ok())] : []),
  ]);
  await page.getByTestId('work-lists-as-of').fill(day);
  await answered;
  const shownCounts = () => page.locator('[data-testid=summons-counts] [data-status]').evaluateAll((spans) =>
    Object.fromEntries(spans.map((s) => [(s as HTMLElement).dataset.status, Number((s as HTMLElement).dataset.value)])));
  const expected = { ...summonses.counts.byStatus, total: summonses.counts.total };
  await until(async () => JSON.stringify(await shownCounts()) === JSON.stringify(expected));
  expect(await shownCounts()).toEqual(expected);
  if (backlog) {
    const shownTotal = () => page.locator('[data-testid=backlog-summary] dd[data-value]').first().getAttribute('data-value');
    await until(async () => (await shownTotal()) === String(backlog.total));
    expect(await shownTotal()).toBe(String(backlog.total));
  }
}

/** Polls until `done` (at most 10 s): a view re-renders a moment after its answer arrives. */
async function until(done: () => Promise<boolean>): Promise<void> {
  for (const deadline = Date.now() + 10_000; Date.now() < deadline && !(await done()); ) await new Promise((r) => setTimeout(r, 100));
}

/** The latest checkpoint, and its note, key and signature checked in the page. */
export async function checkLedger(page: Page, service: SeededService, role: Role): Promise<void> {
  const checkpoint = await service.get<{ treeSize: number }>(role, '/v1/ledger/checkpoint');
  await page.getByTestId('tree-size').waitFor();
  expect(await page.getByTestId('tree-size').getAttribute('data-value')).toBe(String(checkpoint.treeSize));
  const checks = page.getByTestId('checkpoint-checks');
  await checks.waitFor();
  expect(await checks.getAttribute('data-verified')).toBe('true');
}

interface Flags {
  items?: { kind: string; caseId: string }[];
  counts?: Record<string, number | null>;
}

/** Red flags: the open flags the API lists, row for row; a donor's counts by kind, withheld ones said as such. */
export async function checkFlags(page: Page, service: SeededService, role: Role): Promise<void> {
  if (role === 'donor') {
    const { counts } = await service.get<Flags>(role, '/v1/flags');
    await page.getByTestId('flag-counts').waitFor();
    const shown = await page.locator('[data-testid=flag-counts] [data-kind]').evaluateAll((cells) =>
      Object.fromEntries(cells.map((c) => {
        const value = c.querySelector('[data-value]')?.getAttribute('data-value');
        return [(c as HTMLElement).dataset.kind, value === undefined || value === null ? (c.querySelector('[data-suppressed]') ? null : 'absent') : Number(value)];
      })),
    );
    expect(shown).toEqual(counts);
    expect(await page.getByTestId('flags-table').count()).toBe(0);
    return;
  }
  const { items } = await service.get<Flags>(role, '/v1/flags?open=true&limit=100');
  await page.getByTestId('flags-table').waitFor();
  const rows = await page.locator('[data-testid=flags-table] tbody tr').evaluateAll((trs) =>
    trs.map((tr) => [tr.querySelector('[data-kind]')?.getAttribute('data-kind'), tr.querySelector('code')?.textContent]),
  );
  expect(items!.length).toBeGreaterThan(0);
  expect(rows).toEqual(items!.map((flag) => [flag.kind, flag.caseId]));
}
