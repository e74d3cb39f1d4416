import type { Page } from 'playwright-core';
import { DISTRICTS, type Role } from '@casetrail/domain';
import type { SeededService } from './seeded-service';

const BANDS = ['0-30', '31-90', '91-180', '181-365', '>365'];

/**
 * The backlog's age histogram by district: a bar segment for each band that has dockets, and its table, district for
 * district and band for band as the API answers the role when asked for that district; the districts add up to the nation.
 */
export async function checkBacklogByDistrict(page: Page, service: SeededService, role: Role): Promise<void> {
  const answers = await Promise.all(DISTRICTS.map((d) => service.get<{ ageBands: Record<string, number> }>(role, `/v1/dpp/backlog?district=${d}`)));
  const expected = answers.map((a) => BANDS.map((band) => String(a.ageBands[band])));
  await page.getByTestId('backlog-by-district-table').waitFor();
  const shown = await page.locator('[data-testid=backlog-by-district-table] tbody tr').evaluateAll((trs) =>
    trs.map((tr) => [...tr.querySelectorAll('[data-part]')].map((cell) => cell.textContent)));
  expect(shown).toEqual(expected);
  const nation = await service.get<{ ageBands: Record<string, number> }>(role, '/v1/dpp/backlog');
  expect(BANDS.map((band) => answers.reduce((n, a) => n + a.ageBands[band]!, 0))).toEqual(BANDS.map((band) => nation.ageBands[band]));
  const bars = await page.locator('[data-testid=backlog-by-district] svg rect[data-value]').evaluateAll((rects) =>
    rects.reduce((n, r) => n + Number((r as SVGRectElement).dataset.value), 0));
  expect(bars).toBe(BANDS.reduce((n, band) => n + nation.ageBands[band]!, 0));
  expect(bars).toBeGreaterThan(0);
}
