import { join } from 'node:path';
import type { Role } from '@casetrail/domain';
import { browse } from '../support/chromium';
import { openView, signIn } from '../support/page-actions';
import { startSeededService, type SeededService } from '../support/seeded-service';

const FOLDER = join(__dirname, '../../../docs/screenshots');

/** `npm run screenshots`: a PNG of each view, as the role it is for sees it, on the seeded data. */
describe('screenshots of the web page', () => {
  let service: SeededService;
  beforeAll(async () => {
    service = await startSeededService(120);
  });
  afterAll(() => service.close());

  async function shoot(name: string, role: Role, open: (page: import('playwright-core').Page) => Promise<void>, size = { width: 1200, height: 900 }) {
    const browsing = await browse(size);
    try {
      await signIn(browsing.page, service.base, service.tokens[role]);
      await open(browsing.page);
      await browsing.page.screenshot({ path: join(FOLDER, `${name}.png`), fullPage: true });
    } finally {
      await browsing.close();
    }
  }

  it('takes them', async () => {
    const sign = await browse();
    await sign.page.goto(`${service.base}/`);
    await sign.page.getByLabel('Token', { exact: true }).waitFor();
    await sign.page.screenshot({ path: join(FOLDER, 'sign-in.png') });
    await sign.close();

    await shoot('government-action-auditor', 'auditor', async (page) => {
      await page.getByTestId('five-year-chart-table').waitFor();
    });
    await shoot('government-action-donor-restated', 'donor', async (page) => {
      await page.getByTestId('five-year-chart-table').waitFor();
      await page.getByLabel('As the record stood on', { exact: true }).focus();
      await page.keyboard.press('Home');
      for (let i = 0; i < 14; i++) await page.keyboard.press('ArrowRight');
      await page.locator('[data-testid=report-table] td[data-column=now]').first().waitFor();
    });
    await shoot('case-timeline-and-proof', 'auditor', async (page) => {
      await openView(page, 'Cases');
      await page.getByLabel('Case id', { exact: true }).fill(service.canaryCaseId);
      await page.getByRole('button', { name: 'Open' }).click();
      await page.getByTestId('timeline-table').waitFor();
      await page.locator('tr[data-event-id]').first().getByRole('button', { name: 'Prove it is in the ledger' }).click();
      await page.getByTestId('inclusion-proof').waitFor();
    });
    await shoot('dpp-backlog-and-summonses-prosecutor', 'prosecutor', async (page) => {
      await openView(page, 'DPP backlog and summonses');
      await page.getByTestId('summonses-table').waitFor();
      await page.getByTestId('backlog-by-district-table').waitFor();
    });
    await shoot('summonses-donor-counts', 'donor', async (page) => {
      await openView(page, 'DPP backlog and summonses');
      await page.getByTestId('summons-counts').waitFor();
    });
    await shoot('ledger', 'auditor', async (page) => {
      await openView(page, 'Ledger');
      await page.getByTestId('checkpoint-checks').waitFor();
    });
    await shoot('case-list-auditor', 'auditor', async (page) => {
      await openView(page, 'Case list');
      await page.getByTestId('case-list-table').waitFor();
    });
    await shoot('court-calendar-prosecutor', 'prosecutor', async (page) => {
      await openView(page, 'Court calendar');
      await page.getByTestId('court-calendar').waitFor();
      const day = (ms: number) => new Date(ms + 2 * 3600_000).toISOString().slice(0, 10);
      await page.getByLabel('From (Lesotho day)', { exact: true }).fill(day(Date.now() - 120 * 86_400_000));
      await page.getByLabel('To (Lesotho day)', { exact: true }).fill(day(Date.now()));
      await page.getByTestId('calendar-table').first().waitFor();
    });
    await shoot('claim-donor', 'donor', async (page) => {
      await openView(page, 'Claims');
      await page.locator(`[data-claim-id="${service.claimId}"]`).click();
      await page.getByTestId('assertions-table').waitFor();
      await page.getByRole('button', { name: 'Verify this claim’s bundle in this browser' }).click();
      await page.locator('[data-testid=bundle-result][data-verified=true]').waitFor();
    });
    await shoot('phone-government-action', 'donor', async (page) => {
      await page.getByTestId('five-year-chart-table').waitFor();
    }, { width: 390, height: 844 });
  });
});
