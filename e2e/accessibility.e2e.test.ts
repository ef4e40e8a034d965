import type { BrowserContextOptions, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  createAccount,
  openNav,
  pairPartners,
  signUp,
  uniqueStamp,
  waitForToday,
  writeNote,
} from './support/app-actions';
import { checkIn, fromPartner, openToday } from './support/practice-actions';
import { auditEveryVariant, seriousViolations } from './support/axe-audit';
import { focusedElement, tabTo } from './support/keyboard';
import { standInForNeutralSite } from './support/neutral-site';
import { hearthSuite } from './support/hearth-suite';

// axe is injected as an inline script, which the app's CSP forbids: these contexts bypass CSP.
const AUDIT_CONTEXT: BrowserContextOptions = {
  bypassCSP: true,
  reducedMotion: 'reduce',
  viewport: { width: 390, height: 844 },
};

async function heading(page: Page, name: string | RegExp): Promise<void> {
  await page
    .getByRole('heading', { name, exact: typeof name === 'string' })
    .first()
    .waitFor({ timeout: 60_000 });
}

describe('accessibility: axe on every screen, and the whole pairing by keyboard alone', () => {
  const suite = hearthSuite();

  it('every screen of one person’s account has no serious or critical axe violations, light and dark, phone and desktop', async () => {
    const context = await suite.browser.newContext(AUDIT_CONTEXT);
    const page = await context.newPage();
    const found: string[] = [];
    const audit = async (screen: string) => found.push(...(await auditEveryVariant(page, screen)));

    await page.goto(`${suite.server.baseUrl}/`);
    await heading(page, 'Welcome to Hearth');
    await audit('welcome');
    await page.goto(`${suite.server.baseUrl}/signin`);
    await heading(page, 'Sign in');
    await audit('sign in');
    await page.goto(`${suite.server.baseUrl}/recover`);
    await heading(page, 'Recover your account');
    await audit('recover');

    await page.goto(`${suite.server.baseUrl}/signup`);
    await heading(page, 'Create your account');
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.locator('[aria-invalid="true"]').first().waitFor();
    await audit('sign up, with errors');
    const password = `una password ${uniqueStamp()}`;
    await page.getByLabel('Your name').fill('Una');
    await page.getByLabel('Login handle').fill(`una-${uniqueStamp()}`);
    await page.getByLabel('Password', { exact: true }).fill(password);
    await page.getByLabel('Password again').fill(password);
    await page.getByRole('button', { name: 'Continue' }).click();
    await heading(page, 'Save your recovery key');
    await audit('recovery key');
    const groups = await page.locator('.recovery-group').allTextContents();
    await page.getByRole('button', { name: 'I have saved it' }).click();
    const labels = await page.locator('label', { hasText: /^Group \d+$/ }).allTextContents();
    for (const label of labels) await page.getByLabel(label, { exact: true }).fill('ZZZZ');
    await page.getByRole('button', { name: 'Confirm and create account' }).click();
    await page.getByText('That does not match your recovery key').waitFor();
    await audit('recovery key check, with an error');
    for (const label of labels) {
      await page.getByLabel(label, { exact: true }).fill(groups[Number(label.replace('Group ', '')) - 1]!);
    }
    await page.getByRole('button', { name: 'Confirm and create account' }).click();
    await waitForToday(page, 'Una');
    await audit('today');

    await openNav(page, 'Notes');
    await writeNote(page, 'Notes to self', 'A note so the list has items and buttons');
    await audit('notes');
    await page.getByRole('button', { name: /^Delete note:/ }).click();
    await page.getByRole('dialog', { name: 'Delete this note?' }).waitFor();
    await audit('notes, delete dialog');
    await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();

    await openNav(page, 'Partner');
    await heading(page, 'Your partner');
    await audit('partner, before inviting');
    await page.getByRole('button', { name: 'Create invitation link' }).click();
    await page.getByLabel('Invitation link').waitFor({ timeout: 30_000 });
    await audit('partner, invitation');

    await openNav(page, 'Settings');
    await heading(page, 'Settings');
    await page.getByRole('list', { name: 'Signed-in devices' }).waitFor();
    await audit('settings');
    // The explicit dark theme (not the system setting) on a light system.
    await page.getByLabel('Dark', { exact: true }).check();
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    found.push(...(await seriousViolations(page, 'settings [phone, Dark theme chosen in Settings]')));
    await page.getByLabel('Same as this device').check();

    await page.getByRole('link', { name: 'Export my data' }).click();
    await heading(page, 'Export my data');
    await audit('export, password prompt');
    await page.getByLabel('Your password').fill(password);
    await page.getByRole('button', { name: 'Prepare my export' }).click();
    await page.getByText('Your export is ready').waitFor({ timeout: 60_000 });
    await audit('export, ready');

    await openNav(page, 'Settings');
    await page.getByRole('link', { name: 'Delete my account' }).click();
    await heading(page, 'Delete my account');
    await audit('delete account');

    expect(found, found.join('\n')).toEqual([]);
    await context.close();
  });

  it('every screen of pairing and unlocking has no serious or critical axe violations, light and dark, phone and desktop', async () => {
    const found: string[] = [];
    const audit = async (page: Page, screen: string) =>
      found.push(...(await auditEveryVariant(page, screen)));
    const alice = await createAccount(suite.browser, suite.server.baseUrl, 'Alice', AUDIT_CONTEXT);
    const a = alice.page;
    await openNav(a, 'Partner');
    await a.getByRole('button', { name: 'Create invitation link' }).click();
    const link = await a.getByLabel('Invitation link').inputValue({ timeout: 30_000 });

    const contextB = await suite.browser.newContext(AUDIT_CONTEXT);
    const b = await contextB.newPage();
    await b.goto(link);
    await heading(b, 'You have been invited');
    await audit(b, 'invited, signed out');
    await signUp(b, suite.server.baseUrl, 'Bob', `bob-${uniqueStamp()}`, `bob password ${uniqueStamp()}`);
    await heading(b, 'Join Alice?');
    await b.getByRole('button', { name: 'Join Alice' }).waitFor();
    await audit(b, 'join');
    await b.getByRole('button', { name: 'Join Alice' }).click();
    await b.getByText('Waiting for Alice to confirm').waitFor({ timeout: 30_000 });
    await audit(b, 'partner, waiting for confirmation');

    await heading(a, 'Bob accepted your invitation');
    await audit(a, 'partner, confirm who joined');
    await a.getByRole('button', { name: 'Yes, confirm Bob' }).click();
    await heading(a, 'You and Bob');
    await a.getByLabel(/^Safety code:/).waitFor();
    await audit(a, 'partner, linked with safety code');
    await a.getByRole('button', { name: 'Unlink' }).click();
    await a.getByRole('dialog', { name: 'Unlink from Bob?' }).waitFor();
    await audit(a, 'partner, unlink dialog');
    await a.getByRole('dialog').getByRole('button', { name: 'Stay linked' }).click();

    await openNav(a, 'Notes');
    await writeNote(a, 'Notes to us', 'A shared note for the audit');
    await writeNote(a, 'Notes to self', 'A private note for the audit');
    await audit(a, 'notes, linked, both sections');

    await standInForNeutralSite(alice.context);
    await a.getByRole('button', { name: /^Quick exit/ }).click();
    await a.waitForURL(/bbc\.com/);
    await a.goto(`${suite.server.baseUrl}/`);
    await heading(a, 'Unlock Hearth');
    await audit(a, 'unlock');

    expect(found, found.join('\n')).toEqual([]);
    await contextB.close();
    await alice.context.close();
  });

  it('every daily practice and exercise screen has no serious or critical axe violations, light and dark, phone and desktop', async () => {
    const found: string[] = [];
    const { a, b, contextA, contextB } = await pairPartners(
      suite.browser,
      suite.server.baseUrl,
      uniqueStamp(),
      AUDIT_CONTEXT,
    );
    const audit = async (screen: string) => found.push(...(await auditEveryVariant(a, screen)));
    const visit = async (path: string, name: string | RegExp) => {
      await a.evaluate((to) => {
        history.pushState(null, '', to);
        dispatchEvent(new PopStateEvent('popstate'));
      }, path);
      await heading(a, name);
    };

    await checkIn(b, 'Alice', 'Good', 'Slept well');
    await openToday(a);
    await fromPartner(a, 'Bob').getByText('Slept well').waitFor({ timeout: 15_000 });
    await audit('today, paired, with the partner’s check-in');
    await visit('/checkin', 'Morning check-in');
    await audit('check-in');
    await visit('/gratitude', 'Evening gratitude');
    await audit('gratitude');
    await visit('/thank-yous', /thank/i);
    await audit('thank-yous');
    await visit('/question', 'Today’s question');
    await a.getByLabel('Your answer').waitFor();
    await audit('daily question, before answering');
    await visit('/touch', 'Touch');
    await audit('touch');
    await visit('/device-free', /device-free/i);
    await audit('device-free time');
    await visit('/share', /share|letter/i);
    await audit('weekly share');
    await visit('/reminders', /reminder/i);
    await audit('reminders');

    await visit('/exercises', 'Guided exercises');
    await a.getByRole('list', { name: 'Exercises' }).waitFor();
    await audit('exercises');
    await visit('/exercises/ex-daily-touch-ritual', /touch/i);
    await a.getByRole('button', { name: 'Start on this screen' }).waitFor();
    await audit('exercise page with choices');
    await a.getByRole('button', { name: 'Start on this screen' }).click();
    await a.getByRole('button', { name: 'Begin' }).click();
    await a.getByRole('timer').waitFor();
    await audit('exercise player, running');
    await a.getByRole('button', { name: 'End the exercise' }).click();
    await a.getByText('How was it for you?').waitFor();
    await audit('exercise player, finished');

    expect(found, found.join('\n')).toEqual([]);
    await contextA.close();
    await contextB.close();
  });

  it('sign-up, inviting, joining and writing a note work by keyboard alone, with focus on each new screen’s heading', async () => {
    const stamp = uniqueStamp();
    const contextA = await suite.browser.newContext({ viewport: { width: 1280, height: 800 } });
    const contextB = await suite.browser.newContext({ viewport: { width: 390, height: 844 } });
    const a = await contextA.newPage();
    const b = await contextB.newPage();
    const expectFocusOn = async (page: Page, name: string) =>
      expect.poll(() => focusedElement(page), { timeout: 5_000 }).toBe(`H1 ${name}`);

    /** Sign-up from the welcome or invited screen, typing and pressing keys only. */
    const signUpByKeyboard = async (page: Page, name: string) => {
      const password = `${name} keyboard ${stamp}`;
      await tabTo(page, page.getByRole('link', { name: 'Create an account' }));
      await page.keyboard.press('Enter');
      await expectFocusOn(page, 'Create your account');
      await tabTo(page, page.getByLabel('Your name'));
      await page.keyboard.type(name);
      await tabTo(page, page.getByLabel('Login handle'));
      await page.keyboard.type(`${name.toLowerCase()}-kb-${stamp}`);
      await tabTo(page, page.getByLabel('Password', { exact: true }));
      await page.keyboard.type(password);
      await tabTo(page, page.getByLabel('Password again'));
      await page.keyboard.type(password);
      await page.keyboard.press('Enter'); // submits the form
      await heading(page, 'Save your recovery key');
      const groups = await page.locator('.recovery-group').allTextContents();
      await tabTo(page, page.getByRole('button', { name: 'I have saved it' }));
      await page.keyboard.press('Enter');
      const labels = await page.locator('label', { hasText: /^Group \d+$/ }).allTextContents();
      for (const label of labels) {
        await tabTo(page, page.getByLabel(label, { exact: true }));
        await page.keyboard.type(groups[Number(label.replace('Group ', '')) - 1]!);
      }
      await tabTo(page, page.getByRole('button', { name: 'Confirm and create account' }));
      await page.keyboard.press('Space');
    };

    await a.goto(`${suite.server.baseUrl}/`);
    await heading(a, 'Welcome to Hearth');
    await signUpByKeyboard(a, 'Alice');
    await waitForToday(a, 'Alice');
    await expectFocusOn(a, `${await a.getByRole('heading', { level: 1 }).textContent()}`);

    // Main navigation sits before the heading: Shift+Tab back to it.
    await tabTo(a, a.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Partner' }), {
      backwards: true,
    });
    await a.keyboard.press('Enter');
    await expectFocusOn(a, 'Your partner');
    await tabTo(a, a.getByRole('button', { name: 'Create invitation link' }));
    await a.keyboard.press('Enter');
    const link = await a.getByLabel('Invitation link').inputValue({ timeout: 30_000 });

    await b.goto(link);
    await heading(b, 'You have been invited');
    await signUpByKeyboard(b, 'Bob');
    await heading(b, 'Join Alice?');
    await expectFocusOn(b, 'Join Alice?');
    const join = b.getByRole('button', { name: 'Join Alice' });
    await expect.poll(() => join.isEnabled(), { timeout: 30_000 }).toBe(true);
    await tabTo(b, join);
    await b.keyboard.press('Enter');
    await b.getByText('Waiting for Alice to confirm').waitFor({ timeout: 30_000 });
    await expectFocusOn(b, 'Your partner');

    await a.getByRole('button', { name: 'Yes, confirm Bob' }).waitFor({ timeout: 30_000 });
    await tabTo(a, a.getByRole('button', { name: 'Yes, confirm Bob' }));
    await a.keyboard.press('Enter');
    await heading(a, 'You and Bob');
    await tabTo(a, a.getByLabel('We compared it and it matches'));
    await a.keyboard.press('Space');
    await a.getByText('Verified — you compared this code in person.').waitFor();

    await heading(b, 'You and Alice');
    await tabTo(b, b.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Notes' }), {
      backwards: true,
    });
    await b.keyboard.press('Enter');
    await expectFocusOn(b, 'Notes');
    await tabTo(b, b.getByLabel('Write a note to us'));
    await b.keyboard.type('Typed without a mouse');
    await tabTo(b, b.getByRole('region', { name: 'Notes to us' }).getByRole('button', { name: 'Save note' }));
    await b.keyboard.press('Enter');
    await b
      .getByRole('list', { name: 'Notes to us' })
      .getByText('Typed without a mouse')
      .waitFor({ timeout: 15_000 });

    await tabTo(a, a.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Notes' }), {
      backwards: true,
    });
    await a.keyboard.press('Enter');
    await expectFocusOn(a, 'Notes');
    await a
      .getByRole('list', { name: 'Notes to us' })
      .getByText('Typed without a mouse')
      .waitFor({ timeout: 15_000 });
    await contextA.close();
    await contextB.close();
  });
});
