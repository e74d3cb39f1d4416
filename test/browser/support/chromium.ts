import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page, type Response } from 'playwright-core';

/** Debian's chromium; CI installs it (`.ci/run`). */
export const CHROMIUM = process.env.CASETRAIL_CHROMIUM ?? '/usr/bin/chromium';

/** Without the background-networking flags chromium keeps calling Google's hosts, which this network refuses. */
const FLAGS = [
  '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--no-first-run', '--disable-quic',
];

/** What went wrong in a page: console errors, uncaught exceptions, failed requests, refused answers, CSP violations. */
export interface PageTrouble {
  readonly console: string[];
  readonly exceptions: string[];
  readonly failedRequests: string[];
  readonly refusedAnswers: string[];
  readonly cspViolations: string[];
}

export interface NetworkRecord {
  readonly url: string;
  readonly status: number;
  readonly body: string;
}

export interface Browsing {
  readonly page: Page;
  readonly trouble: PageTrouble;
  /** Every answer of the service to this page, with its body (read as it arrived). */
  readonly network: NetworkRecord[];
  /** Waits for the bodies of every answer seen so far. */
  settled(): Promise<void>;
  close(): Promise<void>;
}

/** A fresh chromium profile (no cookies, no storage) with one page, watched for trouble. */
export async function browse(options: { width?: number; height?: number } = {}): Promise<Browsing> {
  const profile = mkdtempSync(join(tmpdir(), 'casetrail-chromium-'));
  const context: BrowserContext = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: FLAGS,
    viewport: { width: options.width ?? 1200, height: options.height ?? 900 },
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const trouble: PageTrouble = { console: [], exceptions: [], failedRequests: [], refusedAnswers: [], cspViolations: [] };
  const network: NetworkRecord[] = [];
  const reading: Promise<void>[] = [];
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const w = window as unknown as { __csp?: string[] };
      (w.__csp ??= []).push(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') trouble.console.push(`${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => trouble.exceptions.push(error.message));
  page.on('requestfailed', (request) => {
    // A navigation away aborts what the old view was still loading; that is not a failure of the service.
    if (request.failure()?.errorText !== 'net::ERR_ABORTED') trouble.failedRequests.push(`${request.method()} ${request.url()} ${request.failure()?.errorText}`);
  });
  page.on('response', (response: Response) => {
    if (response.status() >= 400) trouble.refusedAnswers.push(`${response.status()} ${response.request().method()} ${response.url()}`);
    reading.push(
      response.text().then(
        (body) => void network.push({ url: response.url(), status: response.status(), body }),
        () => void network.push({ url: response.url(), status: response.status(), body: '' }),
      ),
    );
  });
  return {
    page,
    trouble,
    network,
    async settled() {
      await Promise.all(reading);
      const violations = await page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []).catch(() => []);
      trouble.cspViolations.push(...violations.filter((v) => !trouble.cspViolations.includes(v)));
    },
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
