import type { Locator, Page } from 'playwright-core';

/**
 * Moves focus with Tab (or Shift+Tab) until the target has it, as a keyboard user would.
 * The locator only names the goal; nothing is clicked or focused directly.
 */
export async function tabTo(
  page: Page,
  target: Locator,
  { backwards = false, max = 40 } = {},
): Promise<void> {
  await target.waitFor({ timeout: 30_000 });
  for (let presses = 0; presses < max; presses += 1) {
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
    if (await target.evaluate((el) => el === document.activeElement, undefined, { timeout: 2_000 })) return;
  }
  const focused = await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 120) ?? 'nothing');
  throw new Error(
    `${target} not reached with ${backwards ? 'Shift+Tab' : 'Tab'} in ${max} presses; focus is on ${focused}`,
  );
}

/** Text of the focused element's tag and content, e.g. "H1 Notes". */
export async function focusedElement(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement;
    return el ? `${el.tagName} ${(el.textContent ?? '').trim().slice(0, 80)}` : 'nothing';
  });
}
