import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openNav, pairPartners, uniqueStamp } from './support/app-actions';
import { hearthSuite } from './support/hearth-suite';
import { sendGratitude } from './support/practice-actions';

const LEFT = 'Bob is no longer linked with you';

describe('when a partner leaves', () => {
  const suite = hearthSuite();

  /** Alice's view once Bob has gone: one kind notice, and her own history still there to reread. */
  async function expectHistoryKept(a: Page, mine: string, fromBob: string | null): Promise<void> {
    await openNav(a, 'Today');
    await a.getByRole('heading', { name: LEFT }).waitFor({ timeout: 30_000 });
    expect(await a.getByRole('heading', { name: 'Bring your partner in' }).count()).toBe(0);

    await a.getByRole('link', { name: 'Thank-yous you sent' }).click();
    await a
      .getByRole('list', { name: 'Thank-yous you sent Bob' })
      .getByText(mine)
      .waitFor({ timeout: 15_000 });

    if (fromBob) {
      await openNav(a, 'Today');
      await a.getByRole('link', { name: 'Thank-yous from Bob' }).click();
      await a
        .getByRole('list', { name: 'Thank-yous from Bob' })
        .getByText(fromBob)
        .waitFor({ timeout: 15_000 });
    }

    await openNav(a, 'Today');
    await a.getByRole('link', { name: 'Progress up to then' }).click();
    await a.getByRole('heading', { name: 'Progress', level: 1 }).waitFor({ timeout: 15_000 });
    await a.getByText('You and Bob are no longer linked.').waitFor({ timeout: 15_000 });
    expect(await a.getByText('This practice is for the two of you').count()).toBe(0);
  }

  it("a partner leaving keeps the other's history", async () => {
    // Bob unlinks.
    const first = await pairPartners(suite.browser, suite.server.baseUrl, uniqueStamp());
    const mine = `the soup you made ${uniqueStamp()}`;
    const fromBob = `how you listened ${uniqueStamp()}`;
    await sendGratitude(first.a, 'Bob', mine, 'our walk');
    await sendGratitude(first.b, 'Alice', fromBob, 'the rain');
    await openNav(first.b, 'Partner');
    await first.b.getByRole('button', { name: 'Unlink' }).click();
    await first.b
      .getByRole('dialog', { name: 'Unlink from Alice?' })
      .getByRole('button', { name: 'Unlink' })
      .click();
    await first.b.getByRole('button', { name: 'Create invitation link' }).waitFor({ timeout: 15_000 });
    await expectHistoryKept(first.a, mine, fromBob);
    await first.contextA.close();
    await first.contextB.close();

    // Bob deletes his account: what he wrote goes with it, what Alice wrote stays hers.
    const second = await pairPartners(suite.browser, suite.server.baseUrl, uniqueStamp());
    const mineAgain = `the way you laugh ${uniqueStamp()}`;
    await sendGratitude(second.a, 'Bob', mineAgain, 'breakfast');
    await openNav(second.b, 'Settings');
    await second.b.getByRole('link', { name: 'Delete my account' }).click();
    await second.b.getByLabel('I understand that this deletes my account and everything I wrote').check();
    await second.b.getByLabel('Your password').fill(second.passwordB);
    await second.b.getByRole('button', { name: 'Delete my account for good' }).click();
    await second.b.getByRole('heading', { name: 'Welcome to Hearth' }).waitFor({ timeout: 60_000 });
    await expectHistoryKept(second.a, mineAgain, null);
    await second.contextA.close();
    await second.contextB.close();
  });
});
