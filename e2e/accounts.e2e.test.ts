import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAccount, openNav, signIn, waitForToday, writeNote } from './support/app-actions';
import { cookieHeader, localDatabaseNames, meStatusWithCookie } from './support/local-data';
import { startE2eServer, type E2eServer } from './support/hearth-server';
import { hearthSuite } from './support/hearth-suite';
import { nextFrames } from './support/server-view';

const NO_MATCH = 'That handle and password do not match';
const WRONG_PASSWORD = 'That password is not right';
const SIGNED_OUT_NOTICE = 'You were signed out. Please sign in again.';

describe('accounts: devices, passwords, recovery, sign-out, export and deletion', () => {
  const suite = hearthSuite();

  /** A second device for the same person: a separate browser context, signed in with the password. */
  async function secondDevice(handle: string, password: string, name: string): Promise<Page> {
    const context = await suite.browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await signIn(page, suite.server.baseUrl, handle, password);
    await waitForToday(page, name);
    return page;
  }

  async function openSettingsDevices(page: Page) {
    await openNav(page, 'Settings');
    const list = page.getByRole('list', { name: 'Signed-in devices' });
    await list.waitFor({ timeout: 15_000 });
    return list;
  }

  it('signing in on a second device with the password shows the same private notes', async () => {
    const carol = await createAccount(suite.browser, suite.server.baseUrl, 'Carol');
    await openNav(carol.page, 'Notes');
    await writeNote(carol.page, 'Notes to self', 'first private thought');
    await writeNote(carol.page, 'Notes to self', 'second private thought');

    const other = await secondDevice(carol.handle, carol.password, 'Carol');
    await openNav(other, 'Notes');
    const notes = other.getByRole('list', { name: 'Notes to self' });
    await notes.getByText('first private thought', { exact: true }).waitFor({ timeout: 15_000 });
    await notes.getByText('second private thought', { exact: true }).waitFor();
    expect(await notes.getByRole('listitem').count()).toBe(2);
    await other.context().close();
    await carol.context.close();
  });

  it('a wrong password and an unknown handle get the same plain message and no session', async () => {
    const dora = await createAccount(suite.browser, suite.server.baseUrl, 'Dora');
    const context = await suite.browser.newContext();
    const page = await context.newPage();

    await signIn(page, suite.server.baseUrl, dora.handle, 'not the password at all');
    await page.getByText(NO_MATCH).waitFor({ timeout: 30_000 });
    expect(page.url()).toMatch(/\/signin$/);
    expect(
      await meStatusWithCookie(suite.server.baseUrl, await cookieHeader(context, suite.server.baseUrl)),
    ).toBe(401);

    await signIn(page, suite.server.baseUrl, `nobody-${dora.handle}`, 'not the password at all');
    await page.getByText(NO_MATCH).waitFor({ timeout: 30_000 });
    expect(
      await meStatusWithCookie(suite.server.baseUrl, await cookieHeader(context, suite.server.baseUrl)),
    ).toBe(401);
    await context.close();
    await dora.context.close();
  });

  it('the recovery key sets a new password, private notes stay readable, and the old device is signed out', async () => {
    const erin = await createAccount(suite.browser, suite.server.baseUrl, 'Erin');
    await openNav(erin.page, 'Notes');
    await writeNote(erin.page, 'Notes to self', 'kept through recovery');
    const oldCookie = await cookieHeader(erin.context, suite.server.baseUrl);
    expect(await meStatusWithCookie(suite.server.baseUrl, oldCookie)).toBe(200);

    const context = await suite.browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto(`${suite.server.baseUrl}/signin`);
    await page.getByRole('link', { name: 'Use your recovery key' }).click();
    await page.getByRole('heading', { name: 'Recover your account' }).waitFor();
    await page.getByLabel('Login handle').fill(erin.handle);
    await page.getByLabel('Recovery key').fill(erin.recoveryKey.toLowerCase());
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByRole('heading', { name: 'Choose a new password' }).waitFor({ timeout: 60_000 });
    const newPassword = `${erin.password} renewed`;
    await page.getByLabel('New password', { exact: true }).fill(newPassword);
    await page.getByLabel('New password again').fill(newPassword);
    await page.getByRole('button', { name: 'Save new password' }).click();
    await waitForToday(page, 'Erin');
    await openNav(page, 'Notes');
    await page
      .getByRole('list', { name: 'Notes to self' })
      .getByText('kept through recovery')
      .waitFor({ timeout: 15_000 });

    // Recovery revokes every other session: the old device's cookie is dead and the app says so.
    expect(await meStatusWithCookie(suite.server.baseUrl, oldCookie)).toBe(401);
    // The old device learns it at once over its event stream, without a reload.
    await erin.page.getByText(SIGNED_OUT_NOTICE).waitFor({ timeout: 15_000 });
    await erin.page.getByRole('heading', { name: 'Welcome to Hearth' }).waitFor();

    // The old password no longer opens the account; the new one does.
    await signIn(erin.page, suite.server.baseUrl, erin.handle, erin.password);
    await erin.page.getByText(NO_MATCH).waitFor({ timeout: 30_000 });
    await signIn(erin.page, suite.server.baseUrl, erin.handle, newPassword);
    await waitForToday(erin.page, 'Erin');
    await context.close();
    await erin.context.close();
  });

  it('changing the password with "Sign out everywhere else" signs the other device out', async () => {
    const fay = await createAccount(suite.browser, suite.server.baseUrl, 'Fay');
    const other = await secondDevice(fay.handle, fay.password, 'Fay');
    const otherCookie = await cookieHeader(other.context(), suite.server.baseUrl);

    await openSettingsDevices(fay.page);
    const newPassword = `${fay.password} changed`;
    await fay.page.getByLabel('Current password').fill(fay.password);
    await fay.page.getByLabel('New password', { exact: true }).fill(newPassword);
    await fay.page.getByLabel('New password again').fill(newPassword);
    const signOutOthers = fay.page.getByLabel('Sign out everywhere else');
    if (!(await signOutOthers.isChecked())) await signOutOthers.check();
    await fay.page.getByRole('button', { name: 'Change password' }).click();
    await fay.page
      .getByText('Password changed. Your other devices have been signed out.')
      .waitFor({ timeout: 60_000 });

    expect(await meStatusWithCookie(suite.server.baseUrl, otherCookie)).toBe(401);
    await other.getByText(SIGNED_OUT_NOTICE).waitFor({ timeout: 15_000 });
    // This device stays signed in.
    await fay.page.reload();
    await fay.page.getByRole('heading', { name: 'Settings' }).waitFor({ timeout: 15_000 });
    await other.context().close();
    await fay.context.close();
  });

  it('the sessions list shows both devices, and signing one out there ends its session', async () => {
    const gus = await createAccount(suite.browser, suite.server.baseUrl, 'Gus');
    const other = await secondDevice(gus.handle, gus.password, 'Gus');
    const otherCookie = await cookieHeader(other.context(), suite.server.baseUrl);

    const list = await openSettingsDevices(gus.page);
    await expect.poll(() => list.getByRole('listitem').count(), { timeout: 10_000 }).toBe(2);
    await list.getByText('This device').waitFor();
    const signOutButtons = list.getByRole('button', { name: /^Sign out / });
    expect(await signOutButtons.count()).toBe(1); // never offered for this device itself
    await signOutButtons.click();
    await expect.poll(() => list.getByRole('listitem').count(), { timeout: 10_000 }).toBe(1);

    expect(await meStatusWithCookie(suite.server.baseUrl, otherCookie)).toBe(401);
    // The other device learns it at once over its event stream, without a reload.
    await other.getByText(SIGNED_OUT_NOTICE).waitFor({ timeout: 15_000 });
    await other.context().close();
    await gus.context.close();
  });

  describe('once the last password check is a while ago', () => {
    let strict: E2eServer;
    beforeAll(async () => {
      strict = await startE2eServer({ HEARTH_REAUTH_WINDOW_SECONDS: '1' });
    });
    afterAll(async () => {
      await strict?.stop();
    });

    it('signing another device out asks for the password first', async () => {
      const ines = await createAccount(suite.browser, strict.baseUrl, 'Ines');
      const context = await suite.browser.newContext({ viewport: { width: 1280, height: 800 } });
      const other = await context.newPage();
      await signIn(other, strict.baseUrl, ines.handle, ines.password);
      await waitForToday(other, 'Ines');
      const otherCookie = await cookieHeader(context, strict.baseUrl);
      // Wait until the server no longer counts Ines's sign-in as a recent password check.
      await expect
        .poll(
          () =>
            ines.page.evaluate(
              async () => (await fetch('/api/reveals/mine', { credentials: 'same-origin' })).status,
            ),
          { timeout: 15_000 },
        )
        .toBe(403);

      const list = await openSettingsDevices(ines.page);
      await expect.poll(() => list.getByRole('listitem').count(), { timeout: 10_000 }).toBe(2);
      await list.getByRole('button', { name: /^Sign out / }).click();
      await list.getByText('please confirm your password').waitFor({ timeout: 10_000 });
      expect(await meStatusWithCookie(strict.baseUrl, otherCookie)).toBe(200);

      await list.getByLabel('Your password').fill('not my password');
      await list.getByRole('button', { name: 'Confirm and sign out' }).click();
      await list.getByText(WRONG_PASSWORD).waitFor({ timeout: 15_000 });
      expect(await meStatusWithCookie(strict.baseUrl, otherCookie)).toBe(200);

      await list.getByLabel('Your password').fill(ines.password);
      await list.getByRole('button', { name: 'Confirm and sign out' }).click();
      await expect.poll(() => list.getByRole('listitem').count(), { timeout: 15_000 }).toBe(1);
      expect(await meStatusWithCookie(strict.baseUrl, otherCookie)).toBe(401);
      await context.close();
      await ines.context.close();
    });
  });

  it('signing out wipes this device (no local databases, welcome screen) and the old cookie gets 401', async () => {
    const hana = await createAccount(suite.browser, suite.server.baseUrl, 'Hana');
    await openNav(hana.page, 'Notes');
    await writeNote(hana.page, 'Notes to self', 'not left behind');
    expect((await localDatabaseNames(hana.page)).length).toBeGreaterThan(0);
    const cookie = await cookieHeader(hana.context, suite.server.baseUrl);
    expect(await meStatusWithCookie(suite.server.baseUrl, cookie)).toBe(200);

    await openNav(hana.page, 'Settings');
    await hana.page.getByRole('button', { name: 'Sign out' }).click();
    await hana.page.getByRole('heading', { name: 'Welcome to Hearth' }).waitFor({ timeout: 15_000 });
    await expect.poll(() => localDatabaseNames(hana.page), { timeout: 10_000 }).toEqual([]);
    expect(await meStatusWithCookie(suite.server.baseUrl, cookie)).toBe(401);

    // Reopening shows the welcome screen, not the notes and not the unlock screen.
    await hana.page.goto(`${suite.server.baseUrl}/notes`);
    await hana.page.getByRole('heading', { name: 'Welcome to Hearth' }).waitFor({ timeout: 15_000 });
    expect(await hana.page.getByText('not left behind').count()).toBe(0);
    await hana.context.close();
  });

  it('export after re-entering the password downloads JSON and HTML with my notes decrypted, and script-like note text stays inert text', async () => {
    const payload = '<script>alert(1)</script><img src=x onerror=alert(2)>';
    const ivy = await createAccount(suite.browser, suite.server.baseUrl, 'Ivy');
    const dialogs: string[] = [];
    ivy.page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await openNav(ivy.page, 'Notes');
    await writeNote(ivy.page, 'Notes to self', 'plain export marker');
    await writeNote(ivy.page, 'Notes to self', payload);
    // After a reload the note comes back from the server copy, decrypted and shown as text.
    await ivy.page.reload();
    await ivy.page
      .getByRole('list', { name: 'Notes to self' })
      .getByText(payload, { exact: true })
      .waitFor({ timeout: 15_000 });
    expect(await ivy.page.locator('img[src="x"]').count()).toBe(0);

    await openNav(ivy.page, 'Settings');
    await ivy.page.getByRole('link', { name: 'Export my data' }).click();
    await ivy.page.getByRole('heading', { name: 'Export my data' }).waitFor();
    await ivy.page.getByLabel('Your password').fill('a wrong password');
    await ivy.page.getByRole('button', { name: 'Prepare my export' }).click();
    await ivy.page.getByText(WRONG_PASSWORD).waitFor({ timeout: 30_000 });
    expect(await ivy.page.getByRole('button', { name: 'Download JSON' }).count()).toBe(0);
    await ivy.page.getByLabel('Your password').fill(ivy.password);
    await ivy.page.getByRole('button', { name: 'Prepare my export' }).click();
    await ivy.page.getByText('Your export is ready').waitFor({ timeout: 60_000 });

    const [jsonDownload] = await Promise.all([
      ivy.page.waitForEvent('download'),
      ivy.page.getByRole('button', { name: 'Download JSON' }).click(),
    ]);
    expect(jsonDownload.suggestedFilename()).toMatch(/^hearth-export-.*\.json$/);
    const json = JSON.parse(await readFile(await jsonDownload.path(), 'utf8')) as {
      records: { content: { text?: string } }[];
    };
    const texts = json.records.map((r) => r.content.text);
    expect(texts).toContain('plain export marker');
    expect(texts).toContain(payload);

    const [htmlDownload] = await Promise.all([
      ivy.page.waitForEvent('download'),
      ivy.page.getByRole('button', { name: /Download readable page/ }).click(),
    ]);
    expect(htmlDownload.suggestedFilename()).toMatch(/^hearth-export-.*\.html$/);
    const html = await readFile(await htmlDownload.path(), 'utf8');
    expect(html).toContain('plain export marker');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt;');
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<img');

    // Opened in a browser, the exported page shows the payload as words and runs nothing.
    const viewer = await ivy.context.newPage();
    viewer.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await viewer.setContent(html);
    await viewer.getByText(payload, { exact: true }).waitFor();
    expect(await viewer.locator('img, script').count()).toBe(0);
    await nextFrames(viewer);
    expect(dialogs).toEqual([]);
    await ivy.context.close();
  });

  it('deleting the account wipes this device and the handle can no longer sign in', async () => {
    const jo = await createAccount(suite.browser, suite.server.baseUrl, 'Jo');
    await openNav(jo.page, 'Notes');
    await writeNote(jo.page, 'Notes to self', 'gone with the account');
    const cookie = await cookieHeader(jo.context, suite.server.baseUrl);

    await openNav(jo.page, 'Settings');
    await jo.page.getByRole('link', { name: 'Delete my account' }).click();
    await jo.page.getByRole('heading', { name: 'Delete my account' }).waitFor();
    await jo.page.getByLabel('I understand that this deletes my account and everything I wrote').check();
    await jo.page.getByLabel('Your password').fill(jo.password);
    await jo.page.getByRole('button', { name: 'Delete my account for good' }).click();
    await jo.page.getByRole('heading', { name: 'Welcome to Hearth' }).waitFor({ timeout: 60_000 });
    await expect.poll(() => localDatabaseNames(jo.page), { timeout: 10_000 }).toEqual([]);
    expect(await meStatusWithCookie(suite.server.baseUrl, cookie)).toBe(401);

    await signIn(jo.page, suite.server.baseUrl, jo.handle, jo.password);
    await jo.page.getByText(NO_MATCH).waitFor({ timeout: 30_000 });
    expect(jo.page.url()).toMatch(/\/signin$/);
    await jo.context.close();
  });
});
