import type { BrowserContext, Page } from 'playwright-core';
import { round } from '../lib/stats';

/** Written into RESULTS.md: what "Today interactive" means in these figures. */
export const TODAY_INTERACTIVE_DEFINITION =
  "Today is *interactive* at the first animation frame (after a DOM change) at which the greeting heading, the practices card ('Today for the two of you') " +
  "with its first action (a link or button, visible and not disabled) and the partner's card ('From Bob today', which holds records of " +
  'today, the newest of the year) are all on screen, moved later past every long task (a task of 50 ms or more, from a `longtask` ' +
  'PerformanceObserver) that starts within 50 ms of that point, until the main thread has had 50 ms without one.';

/** Times in ms, from navigation start (a reload) or from submitting the sign-in form (a fresh device). */
export interface TodayTiming {
  /** Everything above is on screen. */
  visibleMs: number;
  /** ... and the main thread has been free of long tasks for 50 ms. */
  interactiveMs: number;
  longTasks: number;
  longTaskMs: number;
  longestTaskMs: number;
}

// The probe is plain JavaScript in strings: functions compiled by tsx carry helpers that do not
// exist in the page. It watches from the start of every document, so it sees the first frame.
const probeScript = (partnerName: string) => `(() => {
  const probe = { longTasks: [], submitAt: null, visibleAt: null };
  window.__todayProbe = probe;
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) probe.longTasks.push([e.startTime, e.startTime + e.duration]);
    }).observe({ type: 'longtask', buffered: true });
  } catch {}
  document.addEventListener('submit', () => { probe.submitAt = performance.now(); probe.visibleAt = null; }, true);
  const shown = (el) => !!el && el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
  const heading = (text) => [...document.querySelectorAll('h1, h2')].find((h) => h.textContent.trim() === text);
  const ready = () => {
    const greeting = document.querySelector('h1');
    const practices = heading('Today for the two of you');
    const action = practices && practices.closest('section') && practices.closest('section').querySelector('a[href], button');
    return shown(greeting) && /^Good /.test(greeting.textContent) && shown(practices) && shown(action) &&
      !action.disabled && action.getAttribute('aria-disabled') !== 'true' &&
      shown(heading(${JSON.stringify(`From ${partnerName} today`)}));
  };
  // Checked in the first frame after the DOM changes, not every frame: the probe must not be
  // what keeps a throttled main thread busy.
  let scheduled = false;
  const check = () => {
    scheduled = false;
    if (probe.visibleAt === null && ready()) probe.visibleAt = performance.now();
  };
  new MutationObserver(() => {
    if (probe.visibleAt !== null || scheduled) return;
    scheduled = true;
    requestAnimationFrame(check);
  }).observe(document, { childList: true, subtree: true, characterData: true, attributes: true });
})();`;

// Resolves once the quiet window after visibleAt has passed (with 100 ms for late longtask entries).
const settleScript = `new Promise((resolve) => {
  const probe = window.__todayProbe;
  const settle = () => {
    const tasks = probe.longTasks.slice().sort((a, b) => a[0] - b[0]);
    let at = probe.visibleAt;
    for (const [start, end] of tasks) if (end > at && start < at + 50) at = end;
    if (performance.now() < at + 150) return setTimeout(settle, 50);
    const since = probe.submitAt === null ? 0 : probe.submitAt;
    const counted = tasks.filter(([, end]) => end > since && end <= at);
    resolve({
      visibleMs: probe.visibleAt - since,
      interactiveMs: at - since,
      longTasks: counted.length,
      longTaskMs: counted.reduce((sum, [start, end]) => sum + (end - start), 0),
      longestTaskMs: counted.reduce((max, [start, end]) => Math.max(max, end - start), 0),
    });
  };
  settle();
})`;

type ProbeWindow = { __todayProbe?: { visibleAt: number | null } };

export async function installTodayProbe(context: BrowserContext, partnerName: string): Promise<void> {
  await context.addInitScript({ content: probeScript(partnerName) });
}

/**
 * Waits for Today to be interactive (TODAY_INTERACTIVE_DEFINITION) in the current document.
 * Timed from navigation start, or from the last sign-in form submission when there was one.
 */
export async function waitForTodayInteractive(page: Page, timeoutMs = 120_000): Promise<TodayTiming> {
  // A function, not a string: the app's CSP forbids eval, which a string predicate would need.
  await page.waitForFunction(
    () => (globalThis as unknown as ProbeWindow).__todayProbe?.visibleAt != null,
    null,
    { timeout: timeoutMs, polling: 100 },
  );
  const timing = (await page.evaluate(settleScript)) as TodayTiming;
  return {
    visibleMs: round(timing.visibleMs, 0),
    interactiveMs: round(timing.interactiveMs, 0),
    longTasks: timing.longTasks,
    longTaskMs: round(timing.longTaskMs, 0),
    longestTaskMs: round(timing.longestTaskMs, 0),
  };
}

/** Milliseconds since the page's last form submission (the probe notes it). */
export function sinceSubmit(page: Page): Promise<number> {
  return page.evaluate(() => {
    const probe = (globalThis as unknown as { __todayProbe?: { submitAt: number | null } }).__todayProbe;
    return probe?.submitAt == null ? Number.NaN : performance.now() - probe.submitAt;
  });
}
