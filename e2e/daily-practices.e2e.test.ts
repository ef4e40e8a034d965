import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { downloadExportJson, pairPartners } from './support/app-actions';
import { recordTraffic } from './support/traffic';
import {
  answerQuestion,
  calmTimer,
  checkIn,
  chooseDeeperQuestions,
  fromPartner,
  logTouches,
  openQuestion,
  openToday,
  saveCheckinReminder,
  sendGratitude,
  startDeviceFree,
  touchRing,
} from './support/practice-actions';
import { hearthSuite } from './support/hearth-suite';
import { serverRecords } from './support/server-view';

/** The screen wake locks this page holds and has let go (real sentinels, counted as they come). */
async function watchScreenLocks(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const wakeLock = navigator.wakeLock;
    if (!wakeLock) return;
    const sentinels: WakeLockSentinel[] = [];
    (window as unknown as { hearthLocks: WakeLockSentinel[] }).hearthLocks = sentinels;
    const request = wakeLock.request.bind(wakeLock);
    wakeLock.request = async (type) => {
      const sentinel = await request(type);
      sentinels.push(sentinel);
      return sentinel;
    };
  });
}

function screenLocks(page: Page): Promise<{ held: number; released: number } | null> {
  return page.evaluate(() => {
    const sentinels = (window as unknown as { hearthLocks?: WakeLockSentinel[] }).hearthLocks;
    if (!sentinels) return null;
    const released = sentinels.filter((s) => s.released).length;
    return { held: sentinels.length - released, released };
  });
}

describe('daily practices: two partners, one day', () => {
  const suite = hearthSuite();

  it('a full day for two partners', async () => {
    const stamp = Date.now().toString(36);
    const marker = (what: string) => `${what}-${stamp}`;
    const { a, b, contextA, passwordA } = await pairPartners(suite.browser, suite.server.baseUrl, stamp);
    const bTraffic = recordTraffic(b);
    await watchScreenLocks(b);
    await b.reload();
    const sealedAnswersOfA: { wrappedDek: string; body: string }[] = [];
    a.on('request', (request) => {
      if (request.method() === 'PUT' && request.url().includes('/api/reveals/'))
        sealedAnswersOfA.push(JSON.parse(request.postData() ?? '{}'));
    });
    await openToday(a);
    await openToday(b);

    // Morning check-ins, both ways: each arrives live on the other's Today.
    await checkIn(a, 'Bob', 'Good', marker('alice-morning'), 'A slow breakfast together');
    await fromPartner(b, 'Alice').getByText(marker('alice-morning')).waitFor({ timeout: 15_000 });
    await fromPartner(b, 'Alice').getByText('A slow breakfast together').waitFor();
    await checkIn(b, 'Alice', 'Okay', marker('bob-morning'));
    await fromPartner(a, 'Bob').getByText(marker('bob-morning')).waitFor({ timeout: 15_000 });
    await fromPartner(a, 'Bob').getByText('okay', { exact: true }).waitFor();

    // The daily question: A answers first. B learns only that A answered ("waiting for you").
    const answerOfA = marker('rain on warm stones');
    const answerOfB = marker('bread from the corner bakery');
    await answerQuestion(a, answerOfA);
    await a.getByText('Your answer is saved. It unlocks when Bob answers.').waitFor({ timeout: 15_000 });
    await expect.poll(() => sealedAnswersOfA.length, { timeout: 15_000 }).toBe(1);
    await b.getByText('Alice has answered — waiting for you.').waitFor({ timeout: 15_000 });
    await openQuestion(b);
    await b.getByText('Waiting for you', { exact: true }).waitFor({ timeout: 15_000 });
    expect(await b.getByText(answerOfA).count()).toBe(0);
    // Nothing of A's answer reached B's browser: not the words, not even the sealed answer.
    const beforeB = await bTraffic.text();
    expect(beforeB).toContain('/api/reveals/');
    expect(beforeB.includes(answerOfA), "A's answer text in B's traffic").toBe(false);
    expect(beforeB.includes(sealedAnswersOfA[0]!.body), "A's sealed answer in B's traffic").toBe(false);
    expect(beforeB.includes(sealedAnswersOfA[0]!.wrappedDek), "A's answer key in B's traffic").toBe(false);

    // B answers: both answers unlock together, on both screens (A's updates live).
    await openQuestion(a);
    await b.getByLabel('Your answer').fill(answerOfB);
    await b.getByRole('button', { name: 'Save my answer' }).click();
    await b.getByText(answerOfA).waitFor({ timeout: 15_000 });
    await b.getByText(answerOfB).waitFor();
    await a.getByText(answerOfB).waitFor({ timeout: 15_000 });
    await a.getByText(answerOfA).waitFor();
    // Only now does B's browser receive A's sealed answer (so the check above could have failed).
    expect((await bTraffic.text()).includes(sealedAnswersOfA[0]!.body)).toBe(true);
    await b.getByRole('button', { name: 'Love this' }).click();
    await a.getByRole('list', { name: 'Replies' }).getByText('Love this').waitFor({ timeout: 15_000 });

    // A asks for deeper questions from tomorrow; today's question stays where it is.
    await chooseDeeperQuestions(a);
    await openQuestion(a);
    await a.getByText(answerOfB).waitFor();

    // Touches: three logged by each; both rings reach six.
    await logTouches(a, ['Hug', 'Kiss', 'Holding hands'], 3);
    await logTouches(b, ['Cuddle', 'Back rub', 'A touch in passing'], 6);
    await openToday(a);
    await touchRing(a, 6).waitFor({ timeout: 15_000 });
    await openToday(b);
    await touchRing(b, 6).waitFor();

    // Device-free time started by A takes over B's screen too; A ends it early for both.
    await startDeviceFree(a, 15);
    await calmTimer(a).waitFor({ timeout: 15_000 });
    await calmTimer(b).waitFor({ timeout: 15_000 });
    await calmTimer(b).getByRole('timer').waitFor();
    expect(await calmTimer(b).getByRole('button', { name: 'End for both of us' }).count()).toBe(1);
    // B's screen stays on while the timer shows (Screen Wake Lock), and is let go after.
    await expect.poll(() => screenLocks(b)).toEqual({ held: 1, released: 0 });
    // Ending early asks once; the other phone is told who ended it, kindly, and lets go of the screen.
    await calmTimer(a).getByRole('button', { name: 'End for both of us' }).click();
    await calmTimer(a).getByText('End device-free time for both of you?').waitFor();
    await calmTimer(a).getByRole('button', { name: 'Yes, end it' }).click();
    await calmTimer(a).waitFor({ state: 'detached', timeout: 15_000 });
    await calmTimer(b).getByText('Alice ended our device-free time.').waitFor({ timeout: 15_000 });
    await expect.poll(() => screenLocks(b)).toEqual({ held: 0, released: 1 });
    await calmTimer(b).getByRole('button', { name: 'Back to Hearth' }).click();
    await calmTimer(b).waitFor({ state: 'detached', timeout: 15_000 });

    // Evening gratitude from B arrives live on A's Today.
    await openToday(a);
    const thanksFromB = marker('your patience with my mother');
    await sendGratitude(b, 'Alice', thanksFromB, 'Cooking together');
    await fromPartner(a, 'Bob').getByText(thanksFromB).waitFor({ timeout: 15_000 });

    // A sets a reminder time; the server answers with when it is next due.
    await saveCheckinReminder(a, '07:30');

    // A goes offline, logs a touch and a gratitude; after reconnecting, B sees each exactly once.
    // (A reload first, as when the installed app was opened before: the service worker now
    // serves every screen, so screens A has not opened yet also load offline.)
    const thanksFromA = marker('how you make strangers laugh');
    await a.evaluate(async () => void (await navigator.serviceWorker.ready));
    await a.reload();
    await openToday(a);
    const recordsBeforeOffline = (await serverRecords(b)).length;
    await contextA.setOffline(true);
    await logTouches(a, ['Hug'], 7);
    await sendGratitude(a, 'Bob', thanksFromA, 'The walk by the river');
    await a.getByText(/^Offline/).waitFor();
    // The server has nothing new while A is offline, so B's screen cannot show it either.
    expect((await serverRecords(b)).length).toBe(recordsBeforeOffline);
    expect(await b.getByText(thanksFromA).count()).toBe(0);
    await touchRing(b, 6).waitFor();
    await contextA.setOffline(false);
    await fromPartner(b, 'Alice').getByText(thanksFromA).waitFor({ timeout: 30_000 });
    await touchRing(b, 7).waitFor({ timeout: 15_000 });
    // Once A has nothing left to send, a fresh load of B shows what the server holds: each
    // offline write once.
    await expect
      .poll(
        () =>
          a
            .locator('.sync-status')
            .getByText(/Saving…|Offline/)
            .count(),
        { timeout: 15_000 },
      )
      .toBe(0);
    await b.reload();
    await fromPartner(b, 'Alice').getByText(thanksFromA).waitFor({ timeout: 30_000 });
    await touchRing(b, 7).waitFor({ timeout: 15_000 });
    expect(await b.getByText(thanksFromA).count()).toBe(1);
    expect(await touchRing(b, 7).count()).toBe(1);
    expect(await touchRing(b, 8).count()).toBe(0);

    // A's export holds A's own answer (with its question) and gratitude, never B's words.
    const exported = await downloadExportJson(a, passwordA);
    const answer = exported.records.find((r) => r.type === 'question-answer');
    expect(answer?.content.text).toBe(answerOfA);
    expect(typeof answer?.content.question).toBe('string');
    expect(exported.records.some((r) => r.content.aboutYou === thanksFromA)).toBe(true);
    expect(JSON.stringify(exported)).not.toContain(answerOfB);
    expect(JSON.stringify(exported)).not.toContain(thanksFromB);

    // Nothing either partner wrote reached the server or its log in plaintext.
    const dumpAndLog = await suite.server.stopAndDump();
    for (const needle of [
      marker('alice-morning'),
      marker('bob-morning'),
      answerOfA,
      answerOfB,
      thanksFromA,
      thanksFromB,
    ]) {
      expect(dumpAndLog.includes(needle), `${needle} in the database dump or server log`).toBe(false);
    }
  });
});
