import { describe, expect, it } from 'vitest';
import { openNav, pairPartners } from './support/app-actions';
import { hearthSuite } from './support/hearth-suite';
import { serverRecords } from './support/server-view';

describe('foundation: two partners in two browsers', () => {
  const suite = hearthSuite();

  it('two partners pair with equal safety codes, share a live note, keep private notes private, sync after offline, and leave no plaintext on the server', async () => {
    const stamp = Date.now().toString(36);
    const sharedMarker = `shared-marker-${stamp}`;
    const privateMarker = `private-marker-${stamp}`;
    const offlineMarker = `offline-marker-${stamp}`;
    const { a, b, contextB, passwordA, passwordB, link } = await pairPartners(
      suite.browser,
      suite.server.baseUrl,
      stamp,
    );
    const requests: string[] = [];
    for (const page of [a, b])
      page.on('request', (request) => requests.push(`${request.url()} ${request.postData() ?? ''}`));

    // The link secret lives in the fragment only and leaves the address bar at once.
    expect(link).toMatch(/\/pair#[A-Za-z0-9_-]{43}$/);
    expect(b.url()).not.toContain('#');

    // Both screens show the same safety code, and say it is not verified until compared.
    const codeA = await a.getByLabel(/^Safety code:/).getAttribute('aria-label');
    const codeB = await b.getByLabel(/^Safety code:/).getAttribute('aria-label');
    expect(codeA).toMatch(/^Safety code: \d{5}, \d{5}, \d{5}, \d{5}$/);
    expect(codeA).toBe(codeB);
    await a.getByText('Not verified yet — compare this code in person.').waitFor();
    await a.getByLabel('We compared it and it matches').check();
    await a.getByText('Verified — you compared this code in person.').waitFor();

    // A writes a shared note; it arrives on B's screen live, without a reload.
    await openNav(a, 'Notes');
    await openNav(b, 'Notes');
    await a.getByLabel('Write a note to us').fill(`Dinner on Friday? ${sharedMarker}`);
    await a.getByRole('button', { name: 'Save note' }).first().click();
    await b.getByText(`Dinner on Friday? ${sharedMarker}`).waitFor({ timeout: 15_000 });

    // B's private note never reaches A.
    await b.getByLabel('Write a note to yourself').fill(`Just for me ${privateMarker}`);
    await b.getByRole('button', { name: 'Save note' }).nth(1).click();
    await b.getByText(`Just for me ${privateMarker}`).waitFor();
    await a.reload();
    await a.getByText(`Dinner on Friday? ${sharedMarker}`).waitFor({ timeout: 15_000 });
    expect(await a.getByText(privateMarker).count()).toBe(0);

    // B goes offline, writes a shared note, comes back: A sees it.
    const recordsBeforeOffline = (await serverRecords(a)).length;
    await contextB.setOffline(true);
    await b.getByLabel('Write a note to us').fill(`Written on the train ${offlineMarker}`);
    await b.getByRole('button', { name: 'Save note' }).first().click();
    await b.getByText('Not synced yet').first().waitFor({ timeout: 10_000 });
    // The server has nothing new for A while B is offline, so A's screen cannot show it either.
    expect((await serverRecords(a)).length).toBe(recordsBeforeOffline);
    expect(await a.getByText(offlineMarker).count()).toBe(0);
    await contextB.setOffline(false);
    await a.getByText(`Written on the train ${offlineMarker}`).waitFor({ timeout: 30_000 });

    // Nothing a partner wrote, no password and no link secret left the browsers in plaintext…
    const secret = link.split('#')[1]!;
    const traffic = requests.join('\n');
    for (const needle of [sharedMarker, privateMarker, offlineMarker, passwordA, passwordB, secret]) {
      expect(traffic.includes(needle), `${needle} in a request`).toBe(false);
    }
    // …and the database dump and the server log hold none of it either.
    const dumpAndLog = await suite.server.stopAndDump();
    expect(dumpAndLog.length).toBeGreaterThan(1000);
    for (const needle of [sharedMarker, privateMarker, offlineMarker, passwordA, passwordB, secret]) {
      expect(dumpAndLog.includes(needle), `${needle} in the database dump or server log`).toBe(false);
    }
  });
});
