import { generateUserKeys, makePublicIdentity, type PublicIdentity } from '@hearth/crypto';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { createAccount, openNav, pairPartners, signUp, uniqueStamp, writeNote } from './support/app-actions';
import { rewriteJsonAnswers } from './support/hostile-server';
import { hearthSuite } from './support/hearth-suite';
import { serverRecords, type ServerRecord } from './support/server-view';

// The PRIVACY.md hostile-server harness: the server may swap, replay, roll back or substitute
// data and keys. Each test has the real server answer, rewrites the answer the way a malicious
// operator could, and checks that the browser refuses and warns instead of trusting it.

interface CoupleJson {
  acceptance: { mac: string } | null;
  members: { userId: string; role: 'inviter' | 'joiner'; identity: PublicIdentity }[];
}
interface WithCouple {
  couple: CoupleJson | null;
}
interface SyncJson {
  records: ServerRecord[];
  cursor: number;
  hasMore: boolean;
}

const COUPLE_ANSWERS = /\/api\/(me|couple)$/;
const SYNC_ANSWERS = /\/api\/sync\?/;
const UNVERIFIED_DATA = 'Something in your data could not be verified and was not shown.';
const KEYS_CHANGED = /security keys have changed since you last compared/;

/** Writes a private note and returns the id of the record it created on the server. */
async function writeNoteAndFindRecord(page: Page, text: string): Promise<ServerRecord> {
  const before = new Set((await serverRecords(page)).map((r) => r.id));
  await writeNote(page, 'Notes to self', text);
  let created: ServerRecord[] = [];
  await expect
    .poll(
      async () => {
        created = (await serverRecords(page)).filter((r) => !before.has(r.id));
        return created.length;
      },
      { timeout: 15_000 },
    )
    .toBe(1);
  return created[0]!;
}

describe('hostile server: the browser refuses swapped, rolled-back or substituted data and keys', () => {
  const suite = hearthSuite();

  it('a forged acceptance MAC makes the inviter warn and offers no way to confirm', async () => {
    const alice = await createAccount(suite.browser, suite.server.baseUrl, 'Alice');
    const forged = await rewriteJsonAnswers<WithCouple>(alice.context, COUPLE_ANSWERS);
    await openNav(alice.page, 'Partner');
    await alice.page.getByRole('button', { name: 'Create invitation link' }).click();
    const link = await alice.page.getByLabel('Invitation link').inputValue({ timeout: 30_000 });

    // The server changes one character of the joiner's MAC on its way to Alice.
    forged.set((body) => {
      const acceptance = body.couple?.acceptance;
      if (acceptance) acceptance.mac = (acceptance.mac.startsWith('A') ? 'B' : 'A') + acceptance.mac.slice(1);
    });
    const contextB = await suite.browser.newContext({ viewport: { width: 390, height: 844 } });
    const b = await contextB.newPage();
    await b.goto(link);
    await b.getByRole('heading', { name: 'You have been invited' }).waitFor({ timeout: 30_000 });
    await signUp(b, suite.server.baseUrl, 'Bob', `bob-${uniqueStamp()}`, `bob password ${uniqueStamp()}`);
    await b.getByRole('button', { name: 'Join Alice' }).click({ timeout: 60_000 });
    await b.getByText('Waiting for Alice to confirm').waitFor({ timeout: 30_000 });

    await alice.page
      .getByText('We could not verify who accepted your invitation')
      .waitFor({ timeout: 30_000 });
    expect(forged.rewritten()).toBeGreaterThan(0);
    expect(await alice.page.getByRole('button', { name: /^Yes, confirm/ }).count()).toBe(0);
    expect(await alice.page.getByText('Bob accepted your invitation').count()).toBe(0);

    // Control: with the honest answer the same screen offers to confirm Bob.
    forged.set(null);
    await alice.page.reload();
    await alice.page.getByRole('button', { name: 'Yes, confirm Bob' }).waitFor({ timeout: 30_000 });
    await contextB.close();
    await alice.context.close();
  });

  it('a partner key substituted by the server makes both partners warn that the keys changed', async () => {
    const { a, b, contextA, contextB } = await pairPartners(
      suite.browser,
      suite.server.baseUrl,
      uniqueStamp(),
    );
    const honestCode = await a.getByLabel(/^Safety code:/).getAttribute('aria-label');
    await a.getByLabel('We compared it and it matches').check();
    await a.getByText('Verified — you compared this code in person.').waitFor();

    // The server hands each partner a validly self-signed identity it made up, under the other's user id.
    const substitute = (role: 'inviter' | 'joiner') => (body: WithCouple) => {
      const member = body.couple?.members.find((m) => m.role === role);
      if (member) member.identity = makePublicIdentity(member.userId, generateUserKeys());
    };
    const towardsA = await rewriteJsonAnswers<WithCouple>(contextA, COUPLE_ANSWERS);
    const towardsB = await rewriteJsonAnswers<WithCouple>(contextB, COUPLE_ANSWERS);
    towardsA.set(substitute('joiner'));
    towardsB.set(substitute('inviter'));
    await a.reload();
    await b.reload();

    await a.getByRole('alert').filter({ hasText: KEYS_CHANGED }).waitFor({ timeout: 30_000 });
    await b.getByRole('alert').filter({ hasText: KEYS_CHANGED }).waitFor({ timeout: 30_000 });
    expect(await a.getByText('Verified — you compared this code in person.').count()).toBe(0);
    expect(await a.getByLabel(/^Safety code:/).getAttribute('aria-label')).not.toBe(honestCode);

    // Control: once the server tells the truth again, the verified state comes back.
    towardsA.set(null);
    await a.reload();
    await a.getByText('Verified — you compared this code in person.').waitFor({ timeout: 30_000 });
    expect(await a.getByText(KEYS_CHANGED).count()).toBe(0);
    await contextA.close();
    await contextB.close();
  });

  it('a record body swapped for another record of the same author is not shown and is reported', async () => {
    const mia = await createAccount(suite.browser, suite.server.baseUrl, 'Mia');
    await openNav(mia.page, 'Notes');
    const first = await writeNoteAndFindRecord(mia.page, 'first note, to be swapped out');
    const second = await writeNoteAndFindRecord(mia.page, 'second note, copied over the first');

    // On a new device the server serves the second note's ciphertext under the first note's id.
    const context = await suite.browser.newContext({ viewport: { width: 390, height: 844 } });
    const swapped = await rewriteJsonAnswers<SyncJson>(context, SYNC_ANSWERS);
    swapped.set((body) => {
      for (const record of body.records) {
        if (record.id !== first.id) continue;
        record.wrappedDek = second.wrappedDek;
        record.body = second.body;
      }
    });
    const page = await context.newPage();
    await page.goto(`${suite.server.baseUrl}/signin`);
    await page.getByLabel('Login handle').fill(mia.handle);
    await page.getByLabel('Password').fill(mia.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await openNav(page, 'Notes');

    await page.getByRole('alert').filter({ hasText: UNVERIFIED_DATA }).waitFor({ timeout: 30_000 });
    expect(swapped.rewritten()).toBeGreaterThan(0);
    const notes = page.getByRole('list', { name: 'Notes to self' });
    await notes.getByText('second note, copied over the first').waitFor();
    expect(await notes.getByText('second note, copied over the first').count()).toBe(1);
    expect(await page.getByText('first note, to be swapped out').count()).toBe(0);
    await context.close();
    await mia.context.close();
  });

  it('an older version of a record served after a newer one was seen is refused and reported', async () => {
    const noa = await createAccount(suite.browser, suite.server.baseUrl, 'Noa');
    await openNav(noa.page, 'Notes');
    const versionOne = await writeNoteAndFindRecord(noa.page, 'plan, version one');
    expect(versionOne.version).toBe(1);

    await noa.page.getByRole('button', { name: 'Edit note: plan, version one' }).click();
    await noa.page.getByLabel('Edit note').fill('plan, version two');
    await noa.page.getByRole('button', { name: 'Save changes' }).click();
    await noa.page.getByRole('list', { name: 'Notes to self' }).getByText('plan, version two').waitFor();
    await expect
      .poll(async () => (await serverRecords(noa.page)).find((r) => r.id === versionOne.id)?.version, {
        timeout: 15_000,
      })
      .toBe(2);

    // The server now slips version 1 back into what it sends this device.
    const rolledBack = await rewriteJsonAnswers<SyncJson>(noa.context, SYNC_ANSWERS);
    rolledBack.set((body) => {
      body.records = [...body.records.filter((r) => r.id !== versionOne.id), versionOne];
    });
    await noa.page.reload();

    await noa.page.getByRole('alert').filter({ hasText: UNVERIFIED_DATA }).waitFor({ timeout: 30_000 });
    expect(rolledBack.rewritten()).toBeGreaterThan(0);
    await noa.page.getByRole('list', { name: 'Notes to self' }).getByText('plan, version two').waitFor();
    expect(await noa.page.getByText('plan, version one').count()).toBe(0);
    await noa.context.close();
  });
});
