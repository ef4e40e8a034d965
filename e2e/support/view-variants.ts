// The four ways every screen is looked at (axe audits, screenshots): phone and desktop, light and dark.
import type { Page } from 'playwright-core';

export interface Variant {
  /** In words, for reports: "phone dark". */
  label: string;
  /** As a folder name: "phone-dark". */
  folder: string;
  width: number;
  height: number;
  colorScheme: 'light' | 'dark';
}

export const VARIANTS: readonly Variant[] = [
  { label: 'phone light', folder: 'phone-light', width: 390, height: 844, colorScheme: 'light' },
  { label: 'phone dark', folder: 'phone-dark', width: 390, height: 844, colorScheme: 'dark' },
  { label: 'desktop light', folder: 'desktop-light', width: 1280, height: 800, colorScheme: 'light' },
  { label: 'desktop dark', folder: 'desktop-dark', width: 1280, height: 800, colorScheme: 'dark' },
];

/** Resizes and switches the colour scheme, then waits until style and layout have caught up. */
export async function applyVariant(page: Page, variant: Variant): Promise<void> {
  await page.setViewportSize({ width: variant.width, height: variant.height });
  await page.emulateMedia({ colorScheme: variant.colorScheme });
  await page.waitForFunction(
    ({ width, dark }) =>
      window.innerWidth === width && matchMedia('(prefers-color-scheme: dark)').matches === dark,
    { width: variant.width, dark: variant.colorScheme === 'dark' },
  );
  // Two frames: style and layout for the new size and colours are done before anyone reads them.
  await page.evaluate(
    () => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))),
  );
}
