import { readFile } from 'node:fs/promises';
import type { Browser, BrowserContext, Page } from 'playwright-core';

/** What a person does in the app, by accessible names (the same names a screen reader reads). */
export async function signUp(
  page: Page,
  baseUrl: string,
  name: string,
  handle: string,
  password: string,
): Promise<string> {
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

export async function openNav(
  page: Page,
  name: 'Today' | 'Exercises' | 'Notes' | 'Partner' | 'Settings',
): Promise<void> {
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
export async function pairPartners(
  browser: Browser,
  baseUrl: string,
  stamp: string,
  contextOptions: Parameters<Browser['newContext']>[0] = {},
): Promise<Partners & { link: string }> {
  const contextA = await browser.newContext({ viewport: { width: 390, height: 844 }, ...contextOptions });
  const contextB = await browser.newContext({ viewport: { width: 390, height: 844 }, ...contextOptions });
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
  // Each shares its name with the other once the link is confirmed; tests that watch shared
  // writes start after these have landed.
  const namesShared = Promise.all([sharedWriteLands(a), sharedWriteLands(b)]);
  await a.getByRole('button', { name: 'Yes, confirm Bob' }).click();
  await a.getByRole('heading', { name: 'You and Bob' }).waitFor({ timeout: 30_000 });
  await b.getByRole('heading', { name: 'You and Alice' }).waitFor({ timeout: 30_000 });
  await namesShared;
  return { contextA, contextB, a, b, passwordA, passwordB, link };
}

/** Resolves when the page's next write to the couple's shared records is acknowledged. */
function sharedWriteLands(page: Page): Promise<unknown> {
  return page.waitForResponse(
    (response) =>
      response.request().method() === 'PUT' &&
      /\/api\/records\//.test(response.url()) &&
      response.ok() &&
      (JSON.parse(response.request().postData() ?? '{}') as { scope?: string }).scope === 'couple',
    { timeout: 30_000 },
  );
}

/** A short suffix that keeps handles unique across tests sharing one server. */
export function uniqueStamp(): string {
  return `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
}

export async function waitForToday(page: Page, name: string): Promise<void> {
  await page.getByRole('heading', { name: new RegExp(`, ${name}$`) }).waitFor({ timeout: 60_000 });
}

export async function signIn(page: Page, baseUrl: string, handle: string, password: string): Promise<void> {
  await page.goto(`${baseUrl}/signin`);
  await page.getByLabel('Login handle').fill(handle);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

export interface Account {
  context: BrowserContext;
  page: Page;
  name: string;
  handle: string;
  password: string;
  /** The recovery key as shown at sign-up, groups joined by spaces. */
  recoveryKey: string;
}

/** One person on their own device: a fresh browser context, signed up and on Today. */
export async function createAccount(
  browser: Browser,
  baseUrl: string,
  name: string,
  contextOptions: Parameters<Browser['newContext']>[0] = {},
): Promise<Account> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, ...contextOptions });
  const page = await context.newPage();
  const handle = `${name.toLowerCase()}-${uniqueStamp()}`;
  const password = `${name} password ${uniqueStamp()}`;
  const recoveryKey = (await signUp(page, baseUrl, name, handle, password)).replaceAll('-', ' ');
  await waitForToday(page, name);
  return { context, page, name, handle, password, recoveryKey };
}

/** Writes a note in one of the two note sections ('Notes to us' or 'Notes to self') and waits for it. */
export async function writeNote(
  page: Page,
  section: 'Notes to us' | 'Notes to self',
  text: string,
): Promise<void> {
  const region = page.getByRole('region', { name: section });
  await region
    .getByLabel(section === 'Notes to us' ? 'Write a note to us' : 'Write a note to yourself')
    .fill(text);
  await region.getByRole('button', { name: 'Save note' }).click();
  await region
    .getByRole('list', { name: section })
    .getByText(text, { exact: true })
    .waitFor({ timeout: 15_000 });
}

/** From Settings: confirm the password, prepare the export and download the JSON file. */
export async function downloadExportJson(
  page: Page,
  password: string,
): Promise<{
  records: { type: string; content: Record<string, unknown> }[];
}> {
  await openNav(page, 'Settings');
  await page.getByRole('link', { name: 'Export my data' }).click();
  await page.getByRole('heading', { name: 'Export my data' }).waitFor();
  await page.getByLabel('Your password').fill(password);
  await page.getByRole('button', { name: 'Prepare my export' }).click();
  await page.getByText('Your export is ready').waitFor({ timeout: 60_000 });
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download JSON' }).click(),
  ]);
  return JSON.parse(await readFile(await download.path(), 'utf8'));
}
