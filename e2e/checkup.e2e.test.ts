import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { pairPartners } from './support/app-actions';
import { auditScreen, openPlanArea, takeCheckup, takePulse } from './support/checkup-actions';
import { checkIn, logTouches, openToday } from './support/practice-actions';
import { recordTraffic, recordWrites } from './support/traffic';
import { hearthSuite } from './support/hearth-suite';
import { nextFrames } from './support/server-view';

const shots = process.env.HEARTH_E2E_SHOTS ?? join(tmpdir(), 'hearth-checkup-shots');

/** A phone-size and a desktop-size screenshot of the whole screen as it is now. */
async function screenshots(page: Page, name: string): Promise<void> {
  for (const [label, width, height] of [
    ['phone', 390, 844],
    ['desktop', 1280, 800],
  ] as const) {
    await page.setViewportSize({ width, height });
    await nextFrames(page);
    await page.screenshot({ path: join(shots, `${name}-${label}.png`), fullPage: true });
  }
  await page.setViewportSize({ width: 390, height: 844 });
}

function localDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The Monday after today, at 08:00 local time. */
function nextMonday(): Date {
  const day = new Date();
  day.setHours(8, 0, 0, 0);
  day.setDate(day.getDate() + ((8 - day.getDay()) % 7 || 7));
  return day;
}

/** The chart's sentences (its text alternative), by the chart's heading. */
function chartText(page: Page, title: string | RegExp) {
  return page.getByRole('figure', { name: title }).locator('figcaption').innerText();
}

describe('check-up, plan and progress', () => {
  const suite = hearthSuite();
  beforeAll(() => {
    mkdirSync(shots, { recursive: true });
  });

  it('check-up and plan for two partners', async () => {
    const stamp = Date.now().toString(36);
    const { a, b } = await pairPartners(suite.browser, suite.server.baseUrl, stamp);
    const aTraffic = recordTraffic(a);
    const bTraffic = recordTraffic(b);
    const aWrites = recordWrites(a);
    const bWrites = recordWrites(b);

    // Each takes the check-up privately. A sees things mostly well; B a little less so, and
    // pauses half-way and resumes.
    await takeCheckup(a, { area: () => 4, barriers: 0 });
    await takeCheckup(b, { area: (part) => (part % 2 === 0 ? 0 : 3), barriers: 1 }, 2);
    await a.getByRole('list', { name: 'Your scores' }).waitFor();
    await b.getByRole('heading', { name: 'What gets in the way' }).waitFor();

    // Before anyone shares, nothing of either check-up was written to the couple, and nothing of
    // one partner's private records reached the other's browser.
    expect(aWrites.length).toBeGreaterThan(0);
    expect(bWrites.some((w) => w.scope === 'user')).toBe(true);
    expect([...aWrites, ...bWrites].filter((w) => w.scope === 'couple')).toEqual([]);
    const seenByB = await bTraffic.text();
    const seenByA = await aTraffic.text();
    for (const w of aWrites)
      expect(seenByB.includes(w.body), "A's private record in B's traffic").toBe(false);
    for (const w of bWrites)
      expect(seenByA.includes(w.body), "B's private record in A's traffic").toBe(false);

    await screenshots(a, 'results-a');
    expect(await auditScreen(a, 'check-up results')).toEqual([]);

    // A shares; B does not. A sees only A's own results; B's together view shows nothing of A's.
    await a.getByRole('button', { name: 'Share my results with Bob' }).click();
    await a.getByRole('link', { name: 'See the together view' }).click();
    await a.getByText('You have shared your results').waitFor({ timeout: 15_000 });
    const aShare = aWrites.find((w) => w.scope === 'couple');
    expect(aShare).toBeDefined();
    await openPlanArea(b, 'Check-up');
    await b.goto(`${suite.server.baseUrl}/checkup/together`);
    await b.getByText('Alice has shared their results.', { exact: false }).waitFor({ timeout: 30_000 });
    expect(await b.getByRole('list', { name: /Your scores and/ }).count()).toBe(0);
    // B's browser did receive A's sealed summary (A chose to share it), so the checks above could fail.
    await expect
      .poll(async () => (await bTraffic.text()).includes(aShare!.body), { timeout: 15_000 })
      .toBe(true);

    // B shares: the together view appears for both.
    await openPlanArea(b, 'Check-up');
    await b.getByRole('button', { name: 'Share my results with Alice' }).click();
    await b.getByRole('link', { name: 'See the together view' }).click();
    await b.getByRole('heading', { name: 'Side by side' }).waitFor({ timeout: 15_000 });
    await a.getByRole('heading', { name: 'Side by side' }).waitFor({ timeout: 30_000 });
    await a.getByRole('heading', { name: 'A conversation to have' }).waitFor();
    expect(await a.getByText('seen differently').count()).toBeGreaterThan(0);
    // Nothing private rode along in either share.
    for (const page of [a, b]) expect(await page.getByText('Just for you').count()).toBe(0);
    await screenshots(a, 'together-a');
    expect(await auditScreen(a, 'together view')).toEqual([]);

    // A plan appears for both, and the life stage A sets reaches B.
    await openPlanArea(a, 'Our plan');
    await a.getByRole('heading', { name: /^This week: / }).waitFor({ timeout: 15_000 });
    await a.getByLabel('Young children at home').check();
    await a.getByRole('button', { name: 'Save our life stage' }).click();
    await a.getByText('Saved for both of you.').waitFor({ timeout: 15_000 });
    await openPlanArea(b, 'Our plan');
    await b.getByRole('heading', { name: /^This week: / }).waitFor({ timeout: 15_000 });
    await expect
      .poll(() => b.getByLabel('Young children at home').isChecked(), { timeout: 15_000 })
      .toBe(true);
    await screenshots(a, 'plan-a');
    expect(await auditScreen(a, 'plan')).toEqual([]);

    // Progress before the week: no touches yet.
    await openPlanArea(a, 'Progress');
    const touchesTitle = /^Touches per day/;
    const touchesBefore = await chartText(a, touchesTitle);
    expect(touchesBefore).toMatch(/0 on .*about the same/);

    // A week of simulated days: each morning A checks in and logs touches, B checks in most days.
    const monday = nextMonday();
    const touchKinds = ['Hug', 'Kiss', 'Holding hands', 'Cuddle', 'Back rub', 'A touch in passing'];
    for (let day = 0; day < 7; day++) {
      const morning = new Date(monday);
      morning.setDate(monday.getDate() + day);
      for (const page of [a, b]) {
        await page.clock.setSystemTime(morning);
        // Leave Today so it is built afresh for the new day.
        await openPlanArea(page, 'Our plan');
      }
      await checkIn(a, 'Bob', day % 2 === 0 ? 'Okay' : 'Good', `day ${day + 1}`);
      await logTouches(a, touchKinds.slice(0, 2 + (day % 5)), 2 + (day % 5));
      if (day !== 3) await checkIn(b, 'Alice', day < 3 ? 'Low' : 'Good', `day ${day + 1} for Bob`);
    }
    const sunday = localDay(new Date(monday.getTime() + 6 * 86_400_000));
    await takePulse(a, 5, true, 'Bob');
    await takePulse(b, 4, true, 'Alice');
    await openToday(a);
    await a.getByText(/^This week’s plan: /).waitFor({ timeout: 15_000 });

    // The charts moved.
    await openPlanArea(a, 'Progress');
    const touchesAfter = await chartText(a, touchesTitle);
    expect(touchesAfter).not.toBe(touchesBefore);
    // The chart's sentence names days the way the person reads dates (the page's own format).
    const sundayInWords = await a.evaluate(
      (day) =>
        new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', timeZone: 'UTC' }).format(
          new Date(`${day}T12:00:00Z`),
        ),
      sunday,
    );
    expect(touchesAfter).toContain(`on ${sundayInWords}`);
    expect(await chartText(a, 'Morning check-in moods')).toMatch(/You: \d on .*\(7 readings\)/);
    expect(await chartText(a, 'Closeness, week by week')).toMatch(/You: 5 on .*Bob: 4 on /s);
    await a.getByText('7 of 7').waitFor();
    await a.locator('.chart canvas').first().waitFor();
    await screenshots(a, 'progress-a');
    expect(await auditScreen(a, 'progress')).toEqual([]);
    await openPlanArea(b, 'Weekly pulse');
    expect(await auditScreen(b, 'weekly pulse')).toEqual([]);

    // The server only ever held ciphertext of all this.
    const dump = await suite.server.stopAndDump();
    for (const needle of ['workOnFirst', 'hearth-checkup', 'hearth-pulse', 'young-kids', 'cu-safety'])
      expect(dump.includes(needle), `${needle} in the database dump or server log`).toBe(false);
  });
});
