import type { Browser, BrowserContext, Page } from 'playwright-core';

/** What a person does in the app, by accessible names (the same names a screen reader reads). */
export async function signUp(page: Page, baseUrl: string, name: string, handle: string, password: string): Promise<string> {
  await page.goto(`${baseUrl}/`);
  await page.getByRole('link', { name: 'Create an account' }).click();
  await page.getByLabel('Your name').fill(name);
  await page.getByLabel('Login handle').fill(handle);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByLabel('Password again').fill(password);
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByRole('heading', { name: 'Save your recovery key' }).waitFor({ timeout: 60_000 });
  const groups = await page.locator('.recovery-group').allTextContents();
  await page.getByRole('button', { name: 'I have saved it' }).click();
  const labels = await page.locator('label', { hasText: /^Group \d+$/ }).allTextContents();
  for (const label of labels) {
    const position = Number(label.replace('Group ', ''));
    await page.getByLabel(label, { exact: true }).fill(groups[position - 1]!);
  }
  await page.getByRole('button', { name: 'Confirm and create account' }).click();
  return groups.join('-');
}

export async function openNav(page: Page, name: 'Today' | 'Notes' | 'Partner' | 'Settings'): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name }).click();
}

export interface Partners {
  contextA: BrowserContext;
  contextB: BrowserContext;
  a: Page;
  b: Page;
  passwordA: string;
  passwordB: string;
}

/** A signs up and invites; B opens the link, signs up and joins; A confirms. */
export async function pairPartners(browser: Browser, baseUrl: string, stamp: string): Promise<Partners & { link: string }> {
  const contextA = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const contextB = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const a = await contextA.newPage();
  const b = await contextB.newPage();
  const passwordA = `alice pass ${stamp}`;
  const passwordB = `bob pass ${stamp}`;
  await signUp(a, baseUrl, 'Alice', `alice-${stamp}`, passwordA);
  await a.getByRole('heading', { name: /, Alice$/ }).waitFor({ timeout: 60_000 });

  await openNav(a, 'Partner');
  await a.getByRole('button', { name: 'Create invitation link' }).click();
  const invitation = a.getByLabel('Invitation link');
  await invitation.waitFor({ timeout: 30_000 });
  const link = await invitation.inputValue();

  await b.goto(link);
  await b.getByRole('heading', { name: 'You have been invited' }).waitFor({ timeout: 30_000 });
  await signUp(b, baseUrl, 'Bob', `bob-${stamp}`, passwordB);
  await b.getByRole('heading', { name: 'Join Alice?' }).waitFor({ timeout: 60_000 });
  await b.getByRole('button', { name: 'Join Alice' }).click();
  await b.getByText('Waiting for Alice to confirm').waitFor({ timeout: 30_000 });

  await a.getByRole('heading', { name: 'Bob accepted your invitation' }).waitFor({ timeout: 30_000 });
  await a.getByRole('button', { name: 'Yes, confirm Bob' }).click();
  await a.getByRole('heading', { name: 'You and Bob' }).waitFor({ timeout: 30_000 });
  await b.getByRole('heading', { name: 'You and Alice' }).waitFor({ timeout: 30_000 });
  return { contextA, contextB, a, b, passwordA, passwordB, link };
}
