import type { Page } from 'playwright-core';
import type { Role } from '@casetrail/domain';
import { checkClaimBundle } from './bundle-checks';
import type { SeededService } from './seeded-service';

interface Page_<Item> { items: Item[]; nextCursor: string | null; filters: Record<string, unknown> }
interface ListedCase { caseId: string; openFlags: string[] }

const shownCases = (page: Page) =>
  page.locator('[data-testid=case-list-table] tbody tr').evaluateAll((trs) =>
    trs.map((tr) => [tr.querySelector('code')?.textContent, [...tr.querySelectorAll('[data-kind]')].map((li) => (li as HTMLElement).dataset.kind)]));
const expectedCases = (answer: Page_<ListedCase>) => answer.items.map((row) => [row.caseId, row.openFlags]);

/** The case list: its first page, the next page by the page's own cursor, and a stage filter, row for row as the API answers. */
export async function checkCaseList(page: Page, service: SeededService, role: Role): Promise<void> {
  const first = await service.get<Page_<ListedCase>>(role, '/v1/cases?sort=-referredAt&limit=25');
  await page.locator('[data-testid=case-list][data-page="1"]').waitFor();
  expect(first.items.length).toBe(25);
  expect(await shownCases(page)).toEqual(expectedCases(first));
  expect(first.nextCursor).not.toBeNull();
  await page.getByRole('button', { name: 'Next page' }).click();
  await page.locator('[data-testid=case-list][data-page="2"]').waitFor();
  const second = await service.get<Page_<ListedCase>>(role, `/v1/cases?sort=-referredAt&limit=25&cursor=${first.nextCursor}`);
  expect(await shownCases(page)).toEqual(expectedCases(second));
  expect(new Set([...expectedCases(first), ...expectedCases(second)].map(([id]) => id)).size).toBe(first.items.length + second.items.length);

  await page.getByLabel('Stage', { exact: true }).selectOption('with_dpp');
  await page.locator('[data-testid=case-list][data-page="1"][data-filters*="\\"stage\\":\\"with_dpp\\""]').waitFor();
  const filtered = await service.get<Page_<ListedCase>>(role, '/v1/cases?sort=-referredAt&limit=25&stage=with_dpp');
  expect(filtered.items.length).toBeGreaterThan(0);
  expect(await shownCases(page)).toEqual(expectedCases(filtered));
  const link = page.locator('[data-testid=case-list-table] tbody a').first();
  expect(await link.getAttribute('href')).toBe(`#/cases/${filtered.items[0]!.caseId}`);
}

interface CalendarEntry { date: string; court: string | null; caseId: string; suspectRef: string; kind: string }
const lesothoDay = (ms: number) => new Date(ms + 2 * 3600_000).toISOString().slice(0, 10);

/** The court calendar: the next 30 days by default, then the past year, entry for entry (grouped by court) as the API answers. */
export async function checkCourtCalendar(page: Page, service: SeededService, role: Role): Promise<void> {
  const now = Date.now();
  await page.locator(`[data-testid=court-calendar][data-from="${lesothoDay(now)}"][data-to="${lesothoDay(now + 29 * 86_400_000)}"]`).waitFor();
  const from = lesothoDay(now - 365 * 86_400_000);
  const to = lesothoDay(now);
  await page.getByLabel('From (Lesotho day)', { exact: true }).fill(from);
  await page.getByLabel('To (Lesotho day)', { exact: true }).fill(to);
  await page.locator(`[data-testid=court-calendar][data-from="${from}"][data-to="${to}"]`).waitFor();
  const answer = await service.get<Page_<CalendarEntry>>(role, `/v1/court/calendar?from=${from}&to=${to}&limit=500`);
  expect(answer.items.length).toBeGreaterThan(0);
  const shown = await page.locator('[data-testid=court-calendar] section').evaluateAll((sections) =>
    sections.flatMap((section) => [...section.querySelectorAll('tbody tr')].map((tr) =>
      JSON.stringify([(section as HTMLElement).dataset.court || null, tr.querySelector('th')?.textContent, tr.querySelector('[data-kind]')?.getAttribute('data-kind'),
        tr.querySelector('code')?.textContent, tr.querySelectorAll('td')[2]?.textContent]))));
  const expected = answer.items.map((e) => JSON.stringify([e.court, e.date, e.kind, e.caseId, e.suspectRef]));
  expect(shown.sort()).toEqual(expected.sort());
}

interface Assertion { figure: string; verdict: string; value: number; recordedValue?: number | null; valueNow?: number | null; valueAsKnownAtMadeAt?: number | null }
interface Claim { claimId: string; assertions: Assertion[] }
const VALUE_COLUMNS = ['value', 'recordedValue', 'valueAsKnownAtMadeAt', 'valueNow'] as const;

/** Claims: the register's claims and verdict counts, then the seeded claim's page, assertion by assertion, as the API answers the role. */
export async function checkClaims(page: Page, service: SeededService, role: Role): Promise<void> {
  const register = await service.get<Page_<Claim>>(role, '/v1/claims?limit=100');
  await page.getByTestId('claims-table').waitFor();
  const rows = await page.locator('[data-testid=claims-table] tbody tr').evaluateAll((trs) => trs.map((tr) => [
    tr.querySelector('[data-claim-id]')?.getAttribute('data-claim-id'),
    Object.fromEntries([...tr.querySelectorAll('li[data-count]')].map((li) => [li.querySelector('[data-verdict]')?.getAttribute('data-verdict'), Number((li as HTMLElement).dataset.count)])),
  ]));
  const counted = (claim: Claim) => claim.assertions.reduce<Record<string, number>>((n, a) => ({ ...n, [a.verdict]: (n[a.verdict] ?? 0) + 1 }), {});
  expect(rows).toEqual(register.items.map((claim) => [claim.claimId, counted(claim)]));

  await page.locator(`[data-claim-id="${service.claimId}"]`).click();
  await page.getByTestId('assertions-table').waitFor();
  const claim = await service.get<Claim>(role, `/v1/claims/${service.claimId}`);
  const shown = await page.locator('[data-testid=assertions-table] tbody tr').evaluateAll((trs) => trs.map((tr) => ({
    figure: tr.querySelector('th code')?.textContent,
    verdict: tr.querySelector('[data-verdict]')?.getAttribute('data-verdict'),
    ...Object.fromEntries([...tr.querySelectorAll<HTMLElement>('[data-column]')].map((cell) => {
      const v = cell.querySelector<HTMLElement>('[data-value]')?.dataset.value;
      return [cell.dataset.column, v === undefined ? 'absent' : v === 'null' ? null : Number(v)];
    })),
  })));
  expect(shown).toEqual(claim.assertions.map((a) => ({
    figure: a.figure, verdict: a.verdict,
    ...Object.fromEntries(VALUE_COLUMNS.map((column) => [column, a[column] === undefined ? 'absent' : a[column]])),
  })));
  expect(claim.assertions.map((a) => a.verdict)).toEqual(['supported', 'not_supported', role === 'donor' ? 'suppressed' : 'supported']);
  await checkClaimBundle(page, service, role);
}

interface Checkpoint { treeSize: number; cosignatures: { name: string }[] }

/** The ledger's latest checkpoints, latest first, with as many witness cosignatures as the API lists. */
export async function checkCheckpointHistory(page: Page, service: SeededService, role: Role): Promise<void> {
  const all = await service.get<Page_<Checkpoint>>(role, '/v1/ledger/checkpoints?limit=500');
  expect(all.nextCursor).toBeNull();
  await page.getByTestId('checkpoints-table').waitFor();
  const shown = await page.locator('[data-testid=checkpoints-table] tbody tr').evaluateAll((trs) =>
    trs.map((tr) => [Number(tr.querySelector<HTMLElement>('[data-value]')?.dataset.value), tr.querySelectorAll('[data-witness]').length]));
  expect(shown).toEqual(all.items.slice(-10).reverse().map((c) => [c.treeSize, c.cosignatures.length]));
}
