// No silent loss: a shared note both partners edit while offline keeps both edits (the note
// kind's 'keep-both' conflict policy, shown as "you both changed this — keep which?").
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openNav, pairPartners, uniqueStamp, writeNote } from './support/app-actions';
import { hearthSuite } from './support/hearth-suite';

async function editSharedNote(page: Page, from: string, to: string): Promise<void> {
  const region = page.getByRole('region', { name: 'Notes to us' });
  await region.getByRole('button', { name: `Edit note: ${from.slice(0, 40)}` }).click();
  await region.getByLabel('Edit note').fill(to);
  await region.getByRole('button', { name: 'Save changes' }).click();
  await region.getByText(to, { exact: true }).waitFor();
}

describe('conflicts between partners', () => {
  const suite = hearthSuite();

  it('concurrent edits by both partners lose neither', async () => {
    const stamp = uniqueStamp();
    const { a, b, contextA, contextB } = await pairPartners(suite.browser, suite.server.baseUrl, stamp);
    const original = `Weekend plan ${stamp}`;
    const alices = `Weekend plan ${stamp}: the lake, Alice says`;
    const bobs = `Weekend plan ${stamp}: the museum, Bob says`;
    const shared = (page: Page) =>
      page.getByRole('region', { name: 'Notes to us' }).getByRole('list', { name: 'Notes to us' });

    await openNav(a, 'Notes');
    await openNav(b, 'Notes');
    await writeNote(a, 'Notes to us', original);
    await shared(b).getByText(original, { exact: true }).waitFor({ timeout: 30_000 });

    // Both edit the same note while offline; neither has seen the other's edit.
    await contextA.setOffline(true);
    await contextB.setOffline(true);
    await editSharedNote(a, original, alices);
    await editSharedNote(b, original, bobs);
    await a.getByText('Not synced yet').first().waitFor();
    await b.getByText('Not synced yet').first().waitFor();

    // Alice's edit reaches the server first; Bob's then meets a newer version.
    await contextA.setOffline(false);
    await shared(a).getByText('Not synced yet').waitFor({ state: 'detached', timeout: 30_000 });
    await contextB.setOffline(false);

    const dialog = b.getByRole('dialog', { name: 'You both changed this — keep which?' });
    await dialog.waitFor({ timeout: 30_000 });
    await dialog.getByText(alices, { exact: true }).waitFor();
    await dialog.getByText(bobs, { exact: true }).waitFor();
    await dialog.getByRole('button', { name: 'Keep both as two notes' }).click();
    await dialog.waitFor({ state: 'hidden' });

    // Both texts survive, on both screens.
    for (const page of [a, b]) {
      await shared(page).getByText(alices, { exact: true }).waitFor({ timeout: 30_000 });
      await shared(page).getByText(bobs, { exact: true }).waitFor({ timeout: 30_000 });
    }
    expect(await shared(b).getByText('Not synced yet').count()).toBe(0);
    await contextA.close();
    await contextB.close();
  });
});
