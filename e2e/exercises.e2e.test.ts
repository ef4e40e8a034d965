import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openNav, pairPartners } from './support/app-actions';
import { openToday } from './support/practice-actions';
import { hearthSuite } from './support/hearth-suite';

/** Every AudioContext the page makes, and whether the person had touched the page by then. */
async function watchAudio(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const made: { afterGesture: boolean }[] = [];
    (window as unknown as { hearthAudio: typeof made }).hearthAudio = made;
    const Original = window.AudioContext;
    window.AudioContext = class extends Original {
      constructor(options?: AudioContextOptions) {
        made.push({ afterGesture: navigator.userActivation.hasBeenActive });
        super(options);
      }
    };
  });
}

const audioMade = (page: Page) =>
  page.evaluate(() => (window as unknown as { hearthAudio: { afterGesture: boolean }[] }).hearthAudio);

/** When each page's timer text changed, by the one clock both pages share (same machine). */
async function recordTimerFlips(page: Page): Promise<void> {
  await page.getByRole('timer').evaluate((timer) => {
    const flips: { text: string; at: number }[] = [];
    (window as unknown as { hearthFlips: typeof flips }).hearthFlips = flips;
    new MutationObserver(() => flips.push({ text: timer.textContent ?? '', at: Date.now() })).observe(timer, {
      characterData: true,
      childList: true,
      subtree: true,
    });
  });
}

const timerFlips = (page: Page) =>
  page.evaluate(() => (window as unknown as { hearthFlips: { text: string; at: number }[] }).hearthFlips);

const player = (page: Page) => page.getByRole('region', { name: 'Exercise player' });

describe('guided exercises: two partners, one session', () => {
  const suite = hearthSuite();

  it('eye gazing together', async () => {
    const stamp = Date.now().toString(36);
    const { a, b } = await pairPartners(suite.browser, suite.server.baseUrl, stamp);
    const audioRequests: string[] = [];
    for (const page of [a, b]) {
      await watchAudio(page);
      page.on('response', (response) => {
        const type = response.headers()['content-type'] ?? '';
        if (type.startsWith('audio/') || /\.(mp3|ogg|wav|m4a|aac|flac|opus)(\?|$)/.test(response.url()))
          audioRequests.push(response.url());
      });
      await page.reload();
      await openToday(page);
    }
    // Nothing has been pressed since the reload: no sound can have been prepared yet.
    expect(await audioMade(a)).toEqual([]);

    // A finds the exercise and starts it together.
    await openNav(a, 'Exercises');
    await a.getByRole('heading', { name: 'Guided exercises' }).waitFor();
    await a.getByLabel('Search').fill('eye contact');
    await a.getByRole('link', { name: 'Five minutes of eye contact' }).click();
    await a.getByRole('heading', { name: 'Why this helps' }).waitFor();
    await a.getByRole('button', { name: 'Start together' }).click();
    await player(a).getByRole('button', { name: 'Begin' }).waitFor({ timeout: 15_000 });

    // B joins from Today.
    await openToday(b);
    const join = b.getByRole('region', { name: 'Alice started an exercise' });
    await join.getByText('Five minutes of eye contact').waitFor({ timeout: 15_000 });
    await join.getByRole('link', { name: 'Join' }).click();
    await player(b).getByRole('button', { name: 'Begin' }).waitFor({ timeout: 15_000 });

    // A begins: both show the same step and the same time left.
    await player(a).getByRole('button', { name: 'Begin' }).click();
    for (const page of [a, b]) {
      await player(page).getByText('Step 1 of 3', { exact: true }).waitFor({ timeout: 15_000 });
      await player(page).getByRole('timer').waitFor();
    }
    await Promise.all([recordTimerFlips(a), recordTimerFlips(b)]);
    let flipsA: Awaited<ReturnType<typeof timerFlips>> = [];
    let flipsB: typeof flipsA = [];
    const sharedFlips = async () => {
      [flipsA, flipsB] = await Promise.all([timerFlips(a), timerFlips(b)]);
      return flipsA.filter((flip) => flipsB.some((other) => other.text === flip.text));
    };
    await expect
      .poll(async () => (await sharedFlips()).length, { timeout: 15_000 })
      .toBeGreaterThanOrEqual(2);
    const shared = await sharedFlips();
    for (const flip of shared) {
      const other = flipsB.find((candidate) => candidate.text === flip.text)!;
      expect(Math.abs(flip.at - other.at), `"${flip.text}" on A and B`).toBeLessThan(500);
    }

    // A turns on the soft tone (a tap, so the browser may make sound): made in the page, no file.
    await player(a).getByLabel('Soft background tone').check();

    // A pauses → B pauses; the time left stays put on both.
    await player(a).getByRole('button', { name: 'Pause' }).click();
    await player(b).getByRole('button', { name: 'Resume' }).waitFor({ timeout: 5000 });
    const frozenB = await player(b).getByRole('timer').textContent();
    // The one deliberate pause in this suite: that a one-second timer does NOT move can only be
    // seen by letting more than a second pass.
    await b.waitForTimeout(1500);
    expect(await player(b).getByRole('timer').textContent()).toBe(frozenB);
    expect(await player(a).getByRole('timer').textContent()).toBe(frozenB);

    // B resumes; then they move on together to the end.
    await player(b).getByRole('button', { name: 'Resume' }).click();
    await player(a).getByRole('button', { name: 'Pause' }).waitFor({ timeout: 5000 });
    await player(b).getByRole('button', { name: 'Skip this step' }).click();
    await player(a).getByText('Step 2 of 3', { exact: true }).waitFor({ timeout: 5000 });
    await player(a).getByRole('button', { name: 'Skip this step' }).click();
    await player(b).getByText('Step 3 of 3', { exact: true }).waitFor({ timeout: 5000 });
    await player(b).getByRole('button', { name: 'Next step' }).click();
    for (const page of [a, b]) {
      await player(page).getByText('That’s it. Thank you both.').waitFor({ timeout: 5000 });
    }

    // Logged once for the couple, whichever phones saw the end.
    for (const page of [a, b]) {
      await openNav(page, 'Exercises');
      await page.getByLabel('Search').fill('eye contact');
      await page.getByText(/done together once/).waitFor({ timeout: 15_000 });
    }

    // Sound: contexts only after a gesture, at least one made (so this check can fail), no files.
    const madeA = await audioMade(a);
    expect(madeA.length).toBeGreaterThan(0);
    for (const page of [a, b]) {
      for (const made of await audioMade(page)) expect(made.afterGesture).toBe(true);
    }
    expect(audioRequests).toEqual([]);
  });

  it('the player looks calm on a phone and on a desktop', async () => {
    const stamp = `${Date.now().toString(36)}s`;
    const { a, contextA } = await pairPartners(suite.browser, suite.server.baseUrl, stamp);
    const folder = resolve(import.meta.dirname, 'artifacts');
    await mkdir(folder, { recursive: true });
    await openNav(a, 'Exercises');
    await a.getByLabel('Search').fill('listen');
    await a
      .getByRole('link', { name: /speaker/i })
      .first()
      .click();
    await a.getByRole('button', { name: 'Start on this screen' }).click();
    await player(a).getByRole('button', { name: 'Begin' }).click();
    await player(a).getByRole('timer').waitFor();
    for (const [name, viewport] of [
      ['phone', { width: 390, height: 844 }],
      ['desktop', { width: 1280, height: 800 }],
    ] as const) {
      await a.setViewportSize(viewport);
      await a.screenshot({ path: resolve(folder, `player-${name}.png`), fullPage: true });
    }
    await contextA.close();
  });
});
