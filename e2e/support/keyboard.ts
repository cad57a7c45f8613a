/** Keyboard-only helpers: what a person without a mouse does. */
import type { Page } from 'playwright-core';
import { tabTo } from './browser.js';

const focusedValue = (page: Page) => page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.value ?? '');

/** Tabs to the field showing `pointer` (its data-gf-path) and types `text`. */
export async function typeInto(page: Page, pointer: string, text: string): Promise<void> {
  await tabTo(page, `[data-gf-path="${pointer}"]`);
  await page.keyboard.type(text);
}

/**
 * Types a date into the native date input the way a person would: the segment order depends
 * on the browser's language (month/day/year or year/month/day), so both orders are tried.
 */
export async function typeDate(page: Page, pointer: string, iso: string): Promise<void> {
  await tabTo(page, `[data-gf-path="${pointer}"]`);
  const [y, m, d] = iso.split('-') as [string, string, string];
  await page.keyboard.type(`${m}${d}${y}`);
  if ((await focusedValue(page)) === iso) return;
  await page.keyboard.down('Shift');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.up('Shift');
  await tabTo(page, `[data-gf-path="${pointer}"]`);
  await page.keyboard.type(y);
  await page.keyboard.press('ArrowRight');
  await page.keyboard.type(`${m}${d}`);
  if ((await focusedValue(page)) !== iso) throw new Error(`could not type the date ${iso} (got "${await focusedValue(page)}")`);
}

/** Tabs into a radio group (是/否 or a choice list) and picks the option at `index` with the arrow keys. */
export async function chooseRadio(page: Page, pointer: string, index: number): Promise<void> {
  await tabTo(page, `[data-gf-path="${pointer}"] input[type=radio]`);
  if (index === 0) await page.keyboard.press('Space');
  for (let i = 0; i < index; i++) await page.keyboard.press('ArrowDown');
}

/** Tabs to the checkbox labelled `label` inside the checklist at `pointer` and ticks it. */
export async function tick(page: Page, pointer: string, label: string): Promise<void> {
  await tabTo(page, page.locator(`[data-gf-path="${pointer}"]`).getByRole('checkbox', { name: new RegExp(`^${label.replace(/[()（）]/g, '.')}`) }), 80);
  await page.keyboard.press('Space');
}

/** Tabs to a button by its visible text and presses Enter. */
export async function pressButton(page: Page, text: string): Promise<void> {
  await tabTo(page, page.getByRole('button', { name: text }), 120);
  await page.keyboard.press('Enter');
}
