import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { auditEveryVariant } from './axe-audit';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * auditEveryVariant on a page that keeps the app's real CSP: axe is evaluated through the
 * DevTools protocol (which the CSP does not govern) instead of an inline script tag.
 */
export async function auditScreen(page: Page, screen: string): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  return auditEveryVariant(page, screen);
}

/** The check-up, plan, pulse and progress, done the way a person does them: by accessible names. */

export async function openPlanArea(
  page: Page,
  link: 'Our plan' | 'Check-up' | 'Weekly pulse' | 'Progress',
): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Plan' }).click();
  await page.getByRole('heading', { name: 'Our plan', level: 1 }).waitFor({ timeout: 30_000 });
  if (link !== 'Our plan')
    await page
      .getByRole('navigation', { name: 'Plan and progress' })
      .getByRole('link', { name: link })
      .click();
}

/**
 * Answers the part on screen: choice `pick(index)` (0 = the first option) for each question, then
 * Next (or See my results on the last part).
 */
async function answerPart(page: Page, pick: (question: number) => number): Promise<void> {
  const questions = page.locator('form fieldset');
  const count = await questions.count();
  for (let i = 0; i < count; i++) await questions.nth(i).getByRole('radio').nth(pick(i)).check();
}

export interface CheckupAnswers {
  /** Choice for the area questions (0–4), by part number (0–7) and question. */
  area: (part: number, question: number) => number;
  /** Choice for the "what gets in the way" questions (0–2). */
  barriers: number;
  /** Choice for the private last part (support and safety, 0–3); 0, "never", when left out. */
  privatePart?: number;
}

/** Takes the whole check-up from its start page; optionally pauses after `pauseAfter` parts. */
export async function takeCheckup(page: Page, answers: CheckupAnswers, pauseAfter?: number): Promise<void> {
  await openPlanArea(page, 'Check-up');
  await page.getByRole('link', { name: /^(Start the check-up|Continue where you left off)/ }).click();
  for (let part = 0; part < 10; part++) {
    await page.getByText(`Part ${part + 1} of 10`).waitFor({ timeout: 15_000 });
    if (part === pauseAfter) {
      await page.getByRole('button', { name: 'Pause and finish later' }).click();
      await page.getByRole('link', { name: `Continue where you left off (part ${part + 1})` }).click();
      await page.getByText(`Part ${part + 1} of 10`).waitFor({ timeout: 15_000 });
    }
    // The private part is left at its first choices ("never", "not at all true") unless asked.
    if (part < 8) await answerPart(page, (q) => answers.area(part, q));
    else if (part === 8) await answerPart(page, () => answers.barriers);
    else await answerPart(page, () => answers.privatePart ?? 0);
    await page.getByRole('button', { name: part === 9 ? 'See my results' : 'Next' }).click();
  }
  await page.getByRole('heading', { name: 'Your check-up results', level: 1 }).waitFor({ timeout: 15_000 });
}

export async function takePulse(
  page: Page,
  closeness: number,
  share: boolean,
  partnerName: string,
): Promise<void> {
  await openPlanArea(page, 'Weekly pulse');
  const pictures = page.getByRole('group', { name: /Which picture best shows/ });
  await pictures
    .getByRole('radio')
    .nth(closeness - 1)
    .check();
  const statements = page.locator('form fieldset.scale-question');
  const count = await statements.count();
  // Agreeing mostly with the four shared statements; "No" to the private support question.
  for (let i = 0; i < count; i++)
    await statements
      .nth(i)
      .getByRole('radio')
      .nth(i === count - 1 ? 0 : 3)
      .check();
  await page.getByRole('button', { name: 'Save my pulse' }).click();
  await page.getByRole('heading', { name: 'Saved, just for you' }).waitFor({ timeout: 15_000 });
  if (share) {
    await page.getByRole('button', { name: `Share with ${partnerName}` }).click();
    await page.getByText(`${partnerName} can see how close you felt this week.`).waitFor({ timeout: 15_000 });
  }
}
