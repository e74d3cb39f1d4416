import { browse } from './support/chromium';
import { openView, signIn } from './support/page-actions';
import { CANARIES, startSeededService, type SeededService } from './support/seeded-service';

/**
 * Keys that hold a person's data, free text, or one victim's attributes: none may reach a donor's browser.
 * (`note` is not among them: the ledger's signed checkpoint is called that; the canaries cover a summons's note.)
 */
const FORBIDDEN_KEYS = ['"victimRef"', '"personal"', '"fullName"', '"idNumber"', '"subjectRef"', '"summary"', '"reason"', '"ageGroup"', '"nationality"', '"identifiedBy"', '"entry":"'];

describe('a donor\'s session in chromium', () => {
  let service: SeededService;

  beforeAll(async () => {
    service = await startSeededService(20);
  });
  afterAll(() => service.close());

  it('never receives a victim ref, a victim\'s attribute, free text or personal data (the whole network log searched)', async () => {
    const browsing = await browse();
    try {
      const { page } = browsing;
      await signIn(page, service.base, service.tokens.donor);
      for (const view of ['Government action', 'DPP backlog and summonses', 'Claims', 'Ledger']) {
        await openView(page, view);
        await page.locator('main table, main [data-testid=checkpoint-checks]').first().waitFor();
        if (view === 'DPP backlog and summonses') await page.getByTestId('backlog-by-district-table').waitFor();
      }
      await openView(page, 'Claims');
      await page.locator(`[data-claim-id="${service.claimId}"]`).click();
      await page.getByTestId('assertions-table').waitFor();
      await page.locator('[data-verdict=suppressed]').first().waitFor();
      await page.getByRole('button', { name: 'Verify this claim’s bundle in this browser' }).click();
      await page.locator('[data-testid=bundle-result][data-verified=true]').waitFor();
      await openView(page, 'Government action');
      await page.getByLabel('As the record stood on', { exact: true }).focus();
      await page.keyboard.press('Home');
      await page.locator('[data-testid=report-table] td[data-column=now]').first().waitFor();
      await browsing.settled();

      const answers = browsing.network.filter((r) => new URL(r.url).pathname.startsWith('/v1/'));
      expect(answers.map((r) => new URL(r.url).pathname)).toEqual(
        expect.arrayContaining(['/v1/session', '/v1/reports/government-action', '/v1/summonses', '/v1/dpp/backlog', '/v1/claims', `/v1/claims/${service.claimId}`, `/v1/claims/${service.claimId}/bundle`, '/v1/ledger/checkpoint', '/v1/ledger/checkpoints']),
      );
      const log = answers.map((r) => r.body).join('\n');
      expect(log.length).toBeGreaterThan(5_000);
      // The log holds the report's victim figures (aggregates), so the search below searches real answers.
      expect(log).toContain('"identified"');
      for (const canary of Object.values(CANARIES)) expect(log).not.toContain(canary);
      for (const key of FORBIDDEN_KEYS) expect({ key, found: log.includes(key) }).toEqual({ key, found: false });
      expect(log).toContain('"suppressedBelow":11');
      expect(browsing.trouble.refusedAnswers).toEqual([]);
    } finally {
      await browsing.close();
    }
  });
});
