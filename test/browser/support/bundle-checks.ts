import type { Page } from 'playwright-core';
import type { Role } from '@casetrail/domain';
import type { SeededService } from './seeded-service';

export const BUNDLE_STEPS = ['format', 'checkpoint', 'signedAt', 'witnesses', 'leaves', 'claim', 'proof', 'figures'];

export interface ShownBundle {
  readonly verified: string | null;
  readonly failedStep: string | null;
  readonly steps: [string | undefined, string | undefined][];
}

/** What the page says of the last bundle it verified: the verdict, the failed step and each step's state. */
export async function shownBundle(page: Page): Promise<ShownBundle> {
  const result = page.getByTestId('bundle-result');
  await result.waitFor();
  return {
    verified: await result.getAttribute('data-verified'),
    failedStep: (await result.getAttribute('data-failed-step')) || null,
    steps: await result.locator('li[data-step]').evaluateAll((lis) => lis.map((li) => [(li as HTMLElement).dataset.step, (li as HTMLElement).dataset.state])),
  };
}

export const passedUpTo = (failed: string | null): [string, string][] => {
  const at = failed === null ? BUNDLE_STEPS.length : BUNDLE_STEPS.indexOf(failed);
  return BUNDLE_STEPS.map((step, i) => [step, i < at ? 'pass' : i === at ? 'fail' : 'notReached']);
};

interface BundleAnswer { assertions: { figure: string; value: number; basis: string }[] }

/**
 * On a claim's page: the keys the page trusts are the ledger's as the API gives them, and "verify in this browser"
 * passes every step and shows each figure as the bundle states it (recomputed from the leaves where it can be).
 */
export async function checkClaimBundle(page: Page, service: SeededService, role: Role): Promise<void> {
  const { verifierKey } = await service.get<{ verifierKey: string }>(role, '/v1/ledger/checkpoint');
  expect(await page.getByTestId('trusted-log-key').textContent()).toBe(verifierKey);
  await page.getByRole('button', { name: 'Verify this claim’s bundle in this browser' }).click();
  expect(await shownBundle(page)).toEqual({ verified: 'true', failedStep: null, steps: passedUpTo(null) });
  const bundle = await service.get<BundleAnswer>(role, `/v1/claims/${service.claimId}/bundle`);
  const figures = await page.locator('[data-testid=bundle-figures] li').evaluateAll((lis) =>
    lis.map((li) => ({ figure: (li as HTMLElement).dataset.figure, value: Number((li as HTMLElement).dataset.value), basis: (li as HTMLElement).dataset.basis })));
  expect(figures).toEqual(bundle.assertions.map(({ figure, value, basis }) => ({ figure, value, basis })));
  expect(figures.map((f) => f.basis)).toEqual(['leaves', 'leaves', 'statement']);
}

/** Gives the page a bundle file through its file input. */
export async function chooseBundleFile(page: Page, name: string, text: string): Promise<void> {
  await page.getByLabel('Verify a bundle file you were given').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
  await page.locator(`[data-testid=bundle-file-name]:text-is("File: ${name}")`).waitFor();
}

/** Drops a bundle file on the page's drop zone, as a drag from the desktop would. */
export async function dropBundleFile(page: Page, name: string, text: string): Promise<void> {
  const transfer = await page.evaluateHandle(([fileName, body]) => {
    const data = new DataTransfer();
    data.items.add(new File([body!], fileName!, { type: 'application/json' }));
    return data;
  }, [name, text]);
  await page.getByTestId('bundle-drop').dispatchEvent('drop', { dataTransfer: transfer });
  await page.locator(`[data-testid=bundle-file-name]:text-is("File: ${name}")`).waitFor();
}
