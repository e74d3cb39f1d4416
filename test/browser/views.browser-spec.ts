import type { Role } from '@casetrail/domain';
import { browse, type Browsing } from './support/chromium';
import { navigationLabels, openView, signIn } from './support/page-actions';
import { startSeededService, type SeededService } from './support/seeded-service';
import { checkCaseList, checkCheckpointHistory, checkClaims, checkCourtCalendar } from './support/list-checks';
import { checkCase, checkFlags, checkGovernmentAction, checkLedger, checkWorkLists } from './support/view-checks';

/** What each role finds in the navigation: the views whose API routes answer that role today. */
const VIEWS_BY_ROLE: Record<Role, string[]> = {
  admin: ['Government action', 'Cases', 'Case list', 'Red flags', 'Claims', 'Ledger'],
  investigator: ['Government action', 'Cases', 'Case list', 'Red flags', 'Claims', 'Ledger'],
  prosecutor: ['Government action', 'Cases', 'Case list', 'DPP backlog and summonses', 'Court calendar', 'Red flags', 'Claims', 'Ledger'],
  court_clerk: ['Government action', 'Cases', 'Case list', 'DPP backlog and summonses', 'Court calendar', 'Red flags', 'Claims', 'Ledger'],
  victim_services: ['Cases', 'Case list', 'Claims', 'Ledger'],
  auditor: ['Government action', 'Cases', 'Case list', 'DPP backlog and summonses', 'Court calendar', 'Red flags', 'Claims', 'Ledger'],
  donor: ['Government action', 'DPP backlog and summonses', 'Red flags', 'Claims', 'Ledger'],
  coordinator: ['Government action', 'Cases', 'Case list', 'DPP backlog and summonses', 'Court calendar', 'Red flags', 'Claims', 'Ledger'],
};
/** What shows that a view has loaded. */
const READY: Record<string, string> = {
  'Government action': '[data-testid=five-year-chart-table]',
  Cases: 'main form',
  'DPP backlog and summonses': '[data-testid=summonses-table]',
  'Red flags': '[data-testid=flags-table], [data-testid=flag-counts]',
  Ledger: '[data-testid=checkpoint-checks]',
  'Case list': '[data-testid=case-list-table]',
  'Court calendar': '[data-testid=court-calendar]',
  Claims: '[data-testid=claims-table]',
};
const READS_TIMELINE: readonly Role[] = ['investigator', 'prosecutor', 'court_clerk', 'auditor', 'coordinator'];
const READS_BACKLOG: readonly Role[] = ['prosecutor', 'court_clerk', 'auditor', 'coordinator', 'donor'];

describe('the web page in chromium, signed in as each role, shows what the API answers that role', () => {
  let service: SeededService;
  let browsing: Browsing | undefined;

  beforeAll(async () => {
    service = await startSeededService();
  });
  afterEach(async () => {
    await browsing?.close();
    browsing = undefined;
  });
  afterAll(() => service.close());

  const noTrouble = async (b: Browsing) => {
    await b.settled();
    expect(b.trouble).toEqual({ console: [], exceptions: [], failedRequests: [], refusedAnswers: [], cspViolations: [] });
  };

  it.each(Object.keys(VIEWS_BY_ROLE) as Role[])('given the %s role, every view it may open shows the API\'s figures, with no error', async (role) => {
    browsing = await browse();
    const { page } = browsing;
    await signIn(page, service.base, service.tokens[role]);
    expect(await page.getByTestId('who-scope').textContent()).toBe('nationwide');
    expect(await navigationLabels(page)).toEqual(VIEWS_BY_ROLE[role]);
    for (const view of VIEWS_BY_ROLE[role]) {
      await openView(page, view);
      if (view === 'Government action') await checkGovernmentAction(page, service, role);
      if (view === 'Cases') await checkCase(page, service, role, READS_TIMELINE.includes(role));
      if (view === 'DPP backlog and summonses') await checkWorkLists(page, service, role, READS_BACKLOG.includes(role));
      if (view === 'Red flags') await checkFlags(page, service, role);
      if (view === 'Ledger') await checkLedger(page, service, role);
      if (view === 'Ledger') await checkCheckpointHistory(page, service, role);
      if (view === 'Case list') await checkCaseList(page, service, role);
      if (view === 'Court calendar') await checkCourtCalendar(page, service, role);
      if (view === 'Claims') await checkClaims(page, service, role);
    }
    // The token is in no storage a script can read, and the session cookie is HttpOnly.
    const stored = await page.evaluate(() => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }) + document.cookie);
    expect(stored).not.toContain(service.tokens[role]);
    expect(stored).not.toContain('casetrail_session');
    await noTrouble(browsing);
  });

  it('given a district-scoped prosecutor, the frame names the district', async () => {
    const token = await service.app.userToken('prosecutor', 'maseru');
    browsing = await browse();
    await signIn(browsing.page, service.base, token);
    expect(await browsing.page.getByTestId('who-scope').textContent()).toBe('Maseru');
    expect(await browsing.page.getByText('Only Maseru: your scope.').count()).toBe(1);
    await noTrouble(browsing);
  });

  it('given a keyboard only, signs in and moves between views; every field has a label and every chart its table', async () => {
    browsing = await browse();
    const { page } = browsing;
    await page.goto(`${service.base}/`);
    await page.getByLabel('Token', { exact: true }).waitFor();
    await page.keyboard.press('Tab'); // the skip link
    await page.keyboard.press('Tab');
    await page.keyboard.type(service.tokens.auditor);
    await page.keyboard.press('Enter');
    await page.getByTestId('who').waitFor();
    await page.getByTestId('five-year-chart-table').waitFor();
    const unlabelled = await page.$$eval('input, select', (fields) => fields.filter((f) => (f as HTMLInputElement).labels?.length === 0).length);
    expect(unlabelled).toBe(0);
    expect(await page.locator('figure.chart').count()).toBe(await page.locator('figure.chart table').count());
    await page.getByRole('navigation').getByRole('link', { name: 'Ledger' }).focus();
    await page.keyboard.press('Enter');
    await page.getByTestId('checkpoint-checks').waitFor();
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    await noTrouble(browsing);
  });

  it('given a phone\'s screen, no view is wider than the screen', async () => {
    browsing = await browse({ width: 375, height: 740 });
    const { page } = browsing;
    await signIn(page, service.base, service.tokens.auditor);
    for (const view of VIEWS_BY_ROLE.auditor) {
      await openView(page, view);
      await page.locator(READY[view]!).first().waitFor();
      expect({ view, width: await page.evaluate(() => document.documentElement.scrollWidth) }).toEqual({ view, width: 375 });
    }
    await noTrouble(browsing);
  });

  it('given a visit to the ledger, the next visit proves the grown tree extends the one seen before', async () => {
    browsing = await browse();
    const { page } = browsing;
    await signIn(page, service.base, service.tokens.auditor);
    await openView(page, 'Ledger');
    await page.getByText('First visit in this tab').waitFor();
    const before = Number(await page.getByTestId('tree-size').getAttribute('data-value'));
    await service.recordCase();
    const after = await service.seal();
    expect(after).toBeGreaterThan(before);
    await page.reload();
    await page.getByText(`The tree grew from ${before} to ${after} events.`).waitFor();
    const steps = await page.locator('[data-testid=checkpoint-checks] li').evaluateAll((lis) => lis.map((li) => [(li as HTMLElement).dataset.step, (li as HTMLElement).dataset.ok]));
    expect(steps).toEqual([['note', 'true'], ['keyId', 'true'], ['signature', 'true'], ['consistency', 'true']]);
    await noTrouble(browsing);
  });

  it('given sign-out, the page asks for the token again and the old cookie reads nothing', async () => {
    browsing = await browse();
    const { page } = browsing;
    await signIn(page, service.base, service.tokens.prosecutor);
    const [cookie] = await page.context().cookies();
    expect(cookie).toMatchObject({ name: 'casetrail_session', httpOnly: true, sameSite: 'Strict' });
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByLabel('Token', { exact: true }).waitFor();
    const replayed = await fetch(`${service.base}/v1/summonses`, { headers: { Cookie: `${cookie!.name}=${cookie!.value}` } });
    expect(replayed.status).toBe(401);
    await noTrouble(browsing);
  });
});
