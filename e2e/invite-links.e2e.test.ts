import { describe, expect, it } from 'vitest';
import { createAccount, openNav } from './support/app-actions';
import { hearthSuite } from './support/hearth-suite';

describe('invitation links as they arrive', () => {
  const suite = hearthSuite();

  it('a broken invite link says so before sign-up', async () => {
    const ada = await createAccount(suite.browser, suite.server.baseUrl, 'Ada');
    await openNav(ada.page, 'Partner');
    await ada.page.getByRole('button', { name: 'Create invitation link' }).click();
    const link = await ada.page.getByLabel('Invitation link').inputValue();

    const context = await suite.browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto(`${suite.server.baseUrl}/pair#thisIsNotAValidInviteSecret123`);
    await page.getByRole('heading', { name: 'This invitation link is broken' }).waitFor({ timeout: 15_000 });
    await page.getByText('Ask your partner to copy the whole link again').waitFor();
    expect(await page.getByRole('link', { name: 'Create an account' }).count()).toBe(0);

    // The right link pasted over it changes only the fragment: the page follows without a reload.
    await page.evaluate((fragment) => {
      location.hash = fragment;
    }, new URL(link).hash);
    await page.getByRole('heading', { name: 'You have been invited' }).waitFor({ timeout: 15_000 });
    await page.getByRole('link', { name: 'Create an account' }).waitFor();
    expect(new URL(page.url()).hash).toBe('');

    await context.close();
    await ada.context.close();
  });
});
