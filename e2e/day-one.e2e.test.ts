import { describe, expect, it } from 'vitest';
import { createAccount, openNav, pairPartners, uniqueStamp } from './support/app-actions';
import { takeCheckup } from './support/checkup-actions';
import { openToday } from './support/practice-actions';
import { recordWrites } from './support/traffic';
import { hearthSuite } from './support/hearth-suite';

describe('what a couple meets on day one', () => {
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

  it('a long text is never cut: the field counts near its limit and says how much is over', async () => {
    const { a, contextA, contextB } = await pairPartners(suite.browser, suite.server.baseUrl, uniqueStamp());
    const writes = recordWrites(a);
    await openToday(a);
    await a.getByRole('link', { name: 'Thank Bob' }).click();
    const field = a.getByLabel('One thing I appreciate about you');
    const long = 'You make ordinary evenings feel like something worth keeping. '.repeat(16).slice(0, 936);
    await field.fill(long);
    expect((await field.inputValue()).length).toBe(936);
    await a.getByText('436 characters over the limit of 500').waitFor();
    expect(await field.getAttribute('aria-invalid')).toBe('true');
    await a.getByRole('button', { name: 'Send to Bob' }).click();
    await a.getByRole('alert').first().waitFor();
    expect((await field.inputValue()).length).toBe(936);
    expect(writes.filter((w) => w.scope === 'couple')).toEqual([]);

    await field.fill(long.slice(0, 480));
    await a.getByText('480 of 500 characters').waitFor();
    await a.getByRole('button', { name: 'Send to Bob' }).click();
    await a.getByRole('heading', { name: 'Today for the two of you' }).waitFor({ timeout: 15_000 });
    expect(writes.some((w) => w.scope === 'couple')).toBe(true);
    await contextA.close();
    await contextB.close();
  });

  it('when my check-up sets couple practices aside, Today does too, and the advice names only what exists', async () => {
    const { a, b, contextA, contextB } = await pairPartners(
      suite.browser,
      suite.server.baseUrl,
      uniqueStamp(),
    );
    await takeCheckup(b, { area: () => 2, barriers: 0, privatePart: 2 });
    const advice = b.getByRole('region', { name: 'Your safety comes first' });
    await advice.waitFor({ timeout: 15_000 });
    expect(await advice.innerText()).not.toMatch(/app lock|\bPIN\b/i);

    await openNav(b, 'Today');
    await b
      .getByRole('heading', { name: 'Couple practices are set aside for now' })
      .waitFor({ timeout: 15_000 });
    expect(await b.getByRole('heading', { name: 'Today for the two of you' }).count()).toBe(0);
    // Only Bob's own screens change: Alice is told nothing.
    await openToday(a);
    expect(await a.getByText('set aside').count()).toBe(0);
    await contextA.close();
    await contextB.close();
  });
});
