import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  createAccount,
  openNav,
  pairPartners,
  uniqueStamp,
  waitForToday,
  writeNote,
} from './support/app-actions';
import { NEUTRAL_SITE, standInForNeutralSite } from './support/neutral-site';
import { hearthSuite } from './support/hearth-suite';
import { nextFrames } from './support/server-view';

describe('safety: quick exit and unlinking', () => {
  const suite = hearthSuite();

  /** After quick exit: the neutral site is showing, Back does not lead into the app, reopening needs the password. */
  async function expectLeftAndLocked(
    page: Page,
    requested: string[],
    name: string,
    password: string,
  ): Promise<void> {
    await page.waitForURL(NEUTRAL_SITE, { timeout: 10_000 });
    expect(requested.some((url) => NEUTRAL_SITE.test(url))).toBe(true);
    await page.goBack().catch(() => null);
    expect(page.url().startsWith(suite.server.baseUrl)).toBe(false);
    expect(page.url() === 'about:blank' || NEUTRAL_SITE.test(page.url())).toBe(true);

    await page.goto(`${suite.server.baseUrl}/notes`);
    await page.getByRole('heading', { name: 'Unlock Hearth' }).waitFor({ timeout: 15_000 });
    expect(await page.getByText('quick exit marker').count()).toBe(0);
    await page.getByLabel('Password').fill(password);
    await page.getByRole('button', { name: 'Unlock' }).click();
    await waitForToday(page, name);
    await openNav(page, 'Notes');
    await page
      .getByRole('list', { name: 'Notes to self' })
      .getByText('quick exit marker')
      .waitFor({ timeout: 15_000 });
  }

  it('the quick exit button replaces the app with a neutral site, Back does not return, and reopening asks for the password', async () => {
    const kim = await createAccount(suite.browser, suite.server.baseUrl, 'Kim');
    const requested = await standInForNeutralSite(kim.context);
    await openNav(kim.page, 'Notes');
    await writeNote(kim.page, 'Notes to self', 'quick exit marker');
    await openNav(kim.page, 'Settings');
    await kim.page.getByRole('heading', { name: 'Settings' }).waitFor();

    await kim.page.getByRole('button', { name: /^Quick exit/ }).click();
    await expectLeftAndLocked(kim.page, requested, 'Kim', kim.password);
    await kim.context.close();
  });

  it('pressing Shift three times quick-exits the same way, even while typing, but capitals typed with Shift do not', async () => {
    const lee = await createAccount(suite.browser, suite.server.baseUrl, 'Lee');
    const requested = await standInForNeutralSite(lee.context);
    await openNav(lee.page, 'Notes');
    await writeNote(lee.page, 'Notes to self', 'quick exit marker');
    // Typing capitals (Shift held with a letter) three times in a row must not trigger it.
    const composer = lee.page.getByLabel('Write a note to yourself');
    await composer.focus();
    for (let i = 0; i < 3; i += 1) await lee.page.keyboard.press('Shift+KeyA');
    await nextFrames(lee.page);
    expect(await composer.inputValue()).toBe('AAA');
    expect(lee.page.url().startsWith(suite.server.baseUrl)).toBe(true);

    for (let i = 0; i < 3; i += 1) await lee.page.keyboard.press('Shift');
    await expectLeftAndLocked(lee.page, requested, 'Lee', lee.password);
    await lee.context.close();
  });

  it('quick exit leaves nothing to go back to', async () => {
    const max = await createAccount(suite.browser, suite.server.baseUrl, 'Maxine');
    const requested = await standInForNeutralSite(max.context);
    const errors: string[] = [];
    max.page.on('pageerror', (error) => errors.push(error.message));
    await openNav(max.page, 'Notes');
    await writeNote(max.page, 'Notes to self', 'nothing to go back to');
    // Pages opened by address (not by the app's own links) each leave a history entry behind.
    for (const path of ['/', '/notes']) {
      await max.page.goto(`${suite.server.baseUrl}${path}`);
      await max.page.getByRole('navigation', { name: 'Main' }).waitFor({ timeout: 15_000 });
    }

    await max.page.keyboard.press('Shift');
    await max.page.keyboard.press('Shift');
    await max.page.keyboard.press('Shift');
    await max.page.waitForURL(NEUTRAL_SITE, { timeout: 10_000 });
    expect(requested.length).toBeGreaterThan(0);

    // Every entry Back can reach is at most a neutral lock screen: no handle, no name, no notes.
    let reachedApp = 0;
    for (let step = 0; step < 3; step += 1) {
      const went = await max.page.goBack().catch(() => null);
      if (!went || !max.page.url().startsWith(suite.server.baseUrl)) break;
      reachedApp += 1;
      await max.page.getByRole('heading', { name: 'Unlock Hearth' }).waitFor({ timeout: 15_000 });
      const text = await max.page.locator('body').innerText();
      expect(text).not.toContain(max.handle);
      expect(text).not.toContain('Maxine');
      expect(text).not.toContain('nothing to go back to');
    }
    expect(reachedApp).toBeGreaterThan(0);
    expect(errors).toEqual([]);

    // Unlocking again brings everything back, and the lock screen names the account once more.
    await max.page.goto(`${suite.server.baseUrl}/notes`);
    await max.page.getByLabel('Password').fill(max.password);
    await max.page.getByRole('button', { name: 'Unlock' }).click();
    await waitForToday(max.page, 'Maxine');
    await max.context.close();
  });

  it('either partner can unlink at once with neutral wording, the other sees it live, and shared notes become a read-only archive', async () => {
    const { a, b, contextA, contextB } = await pairPartners(
      suite.browser,
      suite.server.baseUrl,
      uniqueStamp(),
    );
    await openNav(a, 'Notes');
    await writeNote(a, 'Notes to us', 'Written while linked');
    await openNav(a, 'Partner');
    await a.getByRole('heading', { name: 'You and Bob' }).waitFor();

    // Bob (the one who joined) unlinks. The dialog gives no reason to fill in and blames no one.
    await b.getByRole('button', { name: 'Unlink' }).click();
    const dialog = b.getByRole('dialog', { name: 'Unlink from Alice?' });
    await dialog.waitFor();
    const wording = (await dialog.textContent()) ?? '';
    expect(wording).not.toMatch(/reason|why|blame|fault|abuse|report/i);
    expect(await dialog.getByRole('textbox').count()).toBe(0);
    await dialog.getByRole('button', { name: 'Unlink' }).click();
    await b.getByRole('button', { name: 'Create invitation link' }).waitFor({ timeout: 15_000 });

    // Alice's open Partner screen changes by itself.
    await a.getByRole('heading', { name: 'Your partner', exact: true }).waitFor({ timeout: 15_000 });
    expect(await a.getByRole('heading', { name: 'You and Bob' }).count()).toBe(0);
    // A neutral notice says what happened; the old, used invitation link is not offered again.
    await a.getByText('You are no longer linked.').waitFor({ timeout: 15_000 });
    expect(await a.getByLabel('Invitation link').count()).toBe(0);
    await a.getByRole('button', { name: 'Create invitation link' }).waitFor();
    // Shared notes stop taking new writes.
    await openNav(a, 'Notes');
    await a.getByRole('heading', { name: 'Notes', exact: true }).waitFor();
    expect(await a.getByLabel('Write a note to us').count()).toBe(0);
    // What was shared before stays readable as an archive nobody can change.
    const archive = a.getByRole('list', { name: 'Shared notes from before' });
    await archive.getByText('Written while linked').waitFor({ timeout: 15_000 });
    expect(await archive.getByRole('button').count()).toBe(0);

    // A new pairing, and this time the inviter unlinks: the joiner sees it live.
    const again = await pairPartners(suite.browser, suite.server.baseUrl, uniqueStamp());
    await again.a.getByRole('button', { name: 'Unlink' }).click();
    await again.a
      .getByRole('dialog', { name: 'Unlink from Bob?' })
      .getByRole('button', { name: 'Unlink' })
      .click();
    await again.a.getByRole('heading', { name: 'Your partner', exact: true }).waitFor({ timeout: 15_000 });
    await again.b.getByRole('heading', { name: 'Your partner', exact: true }).waitFor({ timeout: 15_000 });
    await again.b.getByRole('button', { name: 'Create invitation link' }).waitFor();

    for (const context of [contextA, contextB, again.contextA, again.contextB]) await context.close();
  });
});
