import type { Page } from 'playwright-core';

/** Signs in through the form, as a person would, and waits for the frame to say who is signed in. */
export async function signIn(page: Page, base: string, token: string): Promise<void> {
  await page.goto(`${base}/`);
  await page.getByLabel('Token', { exact: true }).fill(token);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByTestId('who').waitFor();
}

/** Opens a view from the navigation and waits for its heading. */
export async function openView(page: Page, label: string): Promise<void> {
  await page.getByRole('navigation').getByRole('link', { name: label }).click();
  await page.getByRole('heading', { level: 1, name: label }).waitFor();
}

export const navigationLabels = (page: Page) => page.getByRole('navigation').getByRole('link').allTextContents();

export interface FigureCell {
  readonly value: string | null;
  readonly suppressed: boolean;
  readonly text: string;
}

/** The report table as shown: each figure's cells by column (current, previous, now). */
export async function reportRows(page: Page): Promise<Record<string, Record<string, FigureCell>>> {
  return page.$$eval('[data-testid=report-table] tr[data-figure]', (rows) =>
    Object.fromEntries(
      rows.map((row) => [
        (row as HTMLElement).dataset.figure!,
        Object.fromEntries(
          [...row.querySelectorAll<HTMLElement>('td[data-column]')].map((cell) => [
            cell.dataset.column!,
            {
              value: cell.querySelector<HTMLElement>('[data-value]')?.dataset.value ?? null,
              suppressed: cell.querySelector('[data-suppressed]') !== null,
              text: cell.textContent ?? '',
            },
          ]),
        ),
      ]),
    ),
  );
}
