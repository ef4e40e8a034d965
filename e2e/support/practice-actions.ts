import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import { openNav } from './app-actions';

/** The daily practices, done the way a person does them: by accessible names, from Today. */

export async function openToday(page: Page): Promise<void> {
  await openNav(page, 'Today');
  await page.getByRole('heading', { name: 'Today for the two of you' }).waitFor({ timeout: 30_000 });
}

/** The region of Today that holds what the partner shared today ("From Bob today"). */
export function fromPartner(page: Page, partnerName: string) {
  return page.getByRole('region', { name: `From ${partnerName} today` });
}

export async function checkIn(
  page: Page,
  partnerName: string,
  mood: 'Heavy' | 'Low' | 'Okay' | 'Good' | 'Bright',
  words: string,
  help = '',
): Promise<void> {
  await openToday(page);
  await page.getByRole('link', { name: 'Check in' }).click();
  await page.getByRole('heading', { name: 'Morning check-in', level: 1 }).waitFor();
  await page.getByRole('radio', { name: mood }).check();
  await page.getByLabel('A few words (optional)').fill(words);
  if (help) await page.getByLabel('What would help me today (optional)').fill(help);
  await page.getByRole('button', { name: `Share with ${partnerName}` }).click();
  await page.getByRole('heading', { name: 'Today for the two of you' }).waitFor({ timeout: 15_000 });
}

export async function openQuestion(page: Page): Promise<void> {
  await openToday(page);
  await page
    .getByRole('link', { name: /^(Answer today’s question|Open today’s question|See both answers)$/ })
    .click();
  await page.getByRole('heading', { name: 'Today’s question', level: 1 }).waitFor();
}

export async function answerQuestion(page: Page, text: string): Promise<void> {
  await openQuestion(page);
  await page.getByLabel('Your answer').fill(text);
  await page.getByRole('button', { name: 'Save my answer' }).click();
}

/** From the question screen to the question choices in Settings; saves deeper, opt-in questions. */
export async function chooseDeeperQuestions(page: Page): Promise<void> {
  await openQuestion(page);
  await page.getByRole('link', { name: 'Choose how deep your questions go' }).click();
  const choices = page.locator('#question-choices');
  await expect.poll(() => choices.evaluate((el) => el === document.activeElement)).toBe(true);
  await choices.getByLabel(/All, including deep ones/).check();
  await choices.getByLabel('Questions about our physical relationship').check();
  await choices.getByRole('button', { name: 'Save question choices' }).click();
  await choices.getByText('Saved. Your questions follow this from tomorrow.').waitFor();
}

/** Logs touches from the Touch screen, one tap each, and waits for the ring to count them. */
export async function logTouches(page: Page, kinds: string[], expectedTotal: number): Promise<void> {
  await openToday(page);
  await page.getByRole('link', { name: 'Log a touch' }).click();
  await page.getByRole('heading', { name: 'Touch', level: 1 }).waitFor();
  for (const kind of kinds) await page.getByRole('button', { name: `Log: ${kind}` }).click();
  await touchRing(page, expectedTotal).waitFor({ timeout: 15_000 });
}

/** The touch ring by its text alternative, e.g. "6 of 6 touches today". */
export function touchRing(page: Page, count: number) {
  return page.getByRole('img', { name: `${count} of 6 touches today` });
}

export async function sendGratitude(
  page: Page,
  partnerName: string,
  aboutYou: string,
  aboutUs: string,
): Promise<void> {
  await openToday(page);
  await page.getByRole('link', { name: `Thank ${partnerName}` }).click();
  await page.getByRole('heading', { name: 'Evening gratitude', level: 1 }).waitFor();
  await page.getByLabel('One thing I appreciate about you').fill(aboutYou);
  await page.getByLabel('One thing I appreciated about us today').fill(aboutUs);
  await page.getByRole('button', { name: `Send to ${partnerName}` }).click();
  await page.getByRole('heading', { name: 'Today for the two of you' }).waitFor({ timeout: 15_000 });
}

export async function startDeviceFree(page: Page, minutes: 15 | 20 | 30): Promise<void> {
  await openToday(page);
  await page.getByRole('link', { name: 'Start device-free time' }).click();
  await page.getByRole('radio', { name: `${minutes} minutes` }).check();
  await page.getByRole('button', { name: 'Start for both of us' }).click();
}

/** The calm timer that takes over the whole screen during device-free time. */
export function calmTimer(page: Page) {
  return page.getByRole('dialog', { name: 'Device-free time' });
}

/** Turns on the morning check-in reminder at a time, saves, and waits for the server's answer. */
export async function saveCheckinReminder(page: Page, time: string): Promise<void> {
  await openNav(page, 'Settings');
  await page.getByRole('link', { name: 'Reminder settings' }).click();
  const checkin = page.getByRole('group', { name: 'Morning check-in' });
  await checkin.getByLabel('Remind me').check();
  await checkin.getByLabel('At').fill(time);
  await page.getByRole('button', { name: 'Save reminders' }).click();
  await page.getByText('Reminders saved.').waitFor({ timeout: 15_000 });
  await checkin.getByText(/^Next: /).waitFor();
}
