import { chromium } from 'playwright-core';
import { signIn } from '../../e2e/support/app-actions';
import { fromPartner } from '../../e2e/support/practice-actions';
import { createYearCouple } from '../client/year-couple';
import { launchDebugChromium } from './debug-chromium';
import { measurePage, type PageFigure } from './lighthouse-run';

export interface PageResults {
  date: string;
  browser: string;
  lighthouse: string;
  /** Lighthouse runs per page; each figure is from the run with the median score. */
  runs: number;
  signIn: PageFigure;
  /** Today for Alice, signed in, with the year already on this device (cookies and IndexedDB kept). */
  today: PageFigure & { records: number; answers: number; days: number; seed: string };
}

/**
 * Lighthouse (mobile) on the production build served by the real server: the sign-in screen for
 * someone new, and Today for a signed-in person with a year of history. One Chromium with a
 * DevTools port: Lighthouse measures in its default profile, playwright-core signs in there first.
 */
export async function runPage(
  options: { quick: boolean },
  log: (line: string) => void,
): Promise<PageResults> {
  const runs = options.quick ? 1 : 3;
  const size = options.quick ? { records: 1_000, days: 50 } : { records: 7_000, days: 365 };
  const chrome = await launchDebugChromium();
  try {
    // playwright-core drives the browser only between Lighthouse runs: one client at a time.
    let driver = await chromium.connectOverCDP(chrome.endpoint);
    const browserVersion = driver.version();
    // The couple pairs in contexts of their own, so the default profile is still a stranger's.
    const couple = await createYearCouple(driver, size, log);
    await driver.close(); // disconnects; the browser keeps running
    try {
      const signInFigure = await measurePage('sign-in', `${couple.baseUrl}/signin`, chrome.port, runs);
      log(
        `page: sign-in ${signInFigure.performance} (LCP ${signInFigure.lcpMs} ms, TBT ${signInFigure.tbtMs} ms)`,
      );

      // Alice signs in through the UI in the default profile and waits until the whole year is
      // on the device (her partner's card holds today's records, the newest of the year).
      driver = await chromium.connectOverCDP(chrome.endpoint);
      const page = await driver.contexts()[0]!.newPage();
      await signIn(page, couple.baseUrl, couple.me.handle, couple.me.password);
      await fromPartner(page, couple.partner.name).waitFor({ timeout: 300_000 });
      await page.close();
      await driver.close();

      // Lighthouse's own reset clears the service worker, Cache Storage and the HTTP cache but
      // not cookies or IndexedDB: a cold load of the app shell for someone who is signed in.
      const todayFigure = await measurePage('today', `${couple.baseUrl}/`, chrome.port, runs);
      log(
        `page: Today ${todayFigure.performance} (LCP ${todayFigure.lcpMs} ms, TBT ${todayFigure.tbtMs} ms)`,
      );
      return {
        date: new Date().toISOString(),
        browser: `Chromium ${browserVersion}`,
        lighthouse: todayFigure.lighthouseVersion,
        runs,
        signIn: signInFigure,
        today: {
          ...todayFigure,
          records: couple.records,
          answers: couple.answers,
          days: couple.days,
          seed: couple.seed,
        },
      };
    } finally {
      await couple.stop();
    }
  } finally {
    await chrome.close();
  }
}
