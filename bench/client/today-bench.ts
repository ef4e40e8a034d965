import type { Browser, Page } from 'playwright-core';
import { signIn, signUp, uniqueStamp, waitForToday } from '../../e2e/support/app-actions';
import { join } from 'node:path';
import { tmpDir } from '../lib/paths';
import { median, round } from '../lib/stats';
import {
  installTodayProbe,
  sinceSubmit,
  waitForTodayInteractive,
  type TodayTiming,
} from './today-interactive';
import { profileReload, type PageProfile } from './today-profile';
import { createYearCouple } from './year-couple';

export interface TodayAtRate {
  /** Reopening Today with the year already on this device: median of the counted reloads. */
  reload: TodayTiming;
  reloadRuns: number[];
  /** A new device: from submitting the sign-in form to Today interactive, the year pulled and decrypted. */
  freshDevice: TodayTiming;
}

export interface TodayResults {
  normal: TodayAtRate;
  throttled4x: TodayAtRate;
  /** The real UI with no history: opening the screen, filling it in (instant), until Today's greeting. */
  signUpUi: UiAuthTimes['signUpUi'] | null;
  signInUi: UiAuthTimes['signInUi'] | null;
  /** Why there are no sign-up and sign-in figures, when that part failed (the rest still stands). */
  uiAuthError?: string;
  records: number;
  answers: number;
  days: number;
  seed: string;
  seedSeconds: number;
  /** Where the main thread goes during a 4× throttled reload of Today (minified names). */
  profile: PageProfile | null;
}

const PHONE = { width: 390, height: 844 };
const THROTTLED = 4;

/**
 * Today with a year of history, in the real UI of the production build: a reload with the data
 * on the device and a fresh device signing in, at normal speed and with the CPU throttled 4×.
 */
export async function runToday(
  browser: Browser,
  size: { records: number; days: number; reloads: number },
  log: (line: string) => void,
): Promise<TodayResults> {
  const couple = await createYearCouple(browser, size, log);
  try {
    const atRate = async (rate: number): Promise<TodayAtRate & { page: Page }> => {
      const context = await browser.newContext({ viewport: PHONE });
      await installTodayProbe(context, couple.partner.name);
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate });
      await signIn(page, couple.baseUrl, couple.me.handle, couple.me.password);
      const freshDevice = await waitForTodayInteractive(page);
      log(`client: Today, fresh device, ${rate}× CPU: ${describe(freshDevice)}`);
      // One reload first: the service worker has just taken over and filled its cache.
      await reloadToday(page);
      const reloads: TodayTiming[] = [];
      for (let i = 0; i < size.reloads; i++) {
        reloads.push(await reloadToday(page));
        log(`client: Today, reload ${i + 1}, ${rate}× CPU: ${describe(reloads[i]!)}`);
      }
      const middle = median(reloads.map((r) => r.interactiveMs));
      const reload = reloads.find((r) => r.interactiveMs === middle) ?? reloads[0]!;
      return { reload, reloadRuns: reloads.map((r) => r.interactiveMs), freshDevice, page };
    };

    const normal = await atRate(1);
    await normal.page.context().close();
    const slow = await atRate(THROTTLED);
    let profile: PageProfile | null = null;
    try {
      profile = await profileReload(slow.page, () => reloadToday(slow.page));
      log(
        `client: profiled a ${THROTTLED}× reload: ${profile.topFunctions
          .slice(0, 3)
          .map((f) => f.name)
          .join(', ')}…`,
      );
    } catch (error) {
      log(`client: profiling the reload failed: ${error instanceof Error ? error.message : String(error)}`);
    }
    await slow.page.context().close();

    let ui: UiAuthTimes | null = null;
    let uiError: string | undefined;
    try {
      ui = await timeUiAuth(browser, couple.baseUrl);
      log(
        `client: real UI sign-up ${ui.signUpUi.normalMs} ms (${THROTTLED}×: ${ui.signUpUi.throttled4xMs} ms), sign-in ${ui.signInUi.normalMs} ms (${THROTTLED}×: ${ui.signInUi.throttled4xMs} ms)`,
      );
    } catch (error) {
      uiError = error instanceof Error ? error.message.split('\n')[0] : String(error);
      log(`client: sign-up or sign-in through the UI failed: ${uiError}`);
    }

    const strip = ({ page: _page, ...rest }: TodayAtRate & { page: Page }): TodayAtRate => rest;
    return {
      normal: strip(normal),
      throttled4x: strip(slow),
      signUpUi: ui?.signUpUi ?? null,
      signInUi: ui?.signInUi ?? null,
      ...(uiError ? { uiAuthError: uiError } : {}),
      records: couple.records,
      answers: couple.answers,
      days: couple.days,
      seed: couple.seed,
      seedSeconds: couple.seedSeconds,
      profile,
    };
  } finally {
    await couple.stop();
  }
}

async function reloadToday(page: Page): Promise<TodayTiming> {
  await page.reload({ waitUntil: 'commit' });
  return waitForTodayInteractive(page);
}

function describe(t: TodayTiming): string {
  return `on screen ${t.visibleMs} ms, interactive ${t.interactiveMs} ms (${t.longTasks} long tasks, ${t.longTaskMs} ms, longest ${t.longestTaskMs} ms)`;
}

export interface UiAuthTimes {
  signUpUi: { normalMs: number; throttled4xMs: number };
  signInUi: {
    normalMs: number;
    throttled4xMs: number;
    normalAfterSubmitMs: number;
    throttled4xAfterSubmitMs: number;
  };
}

/** Someone new signs up, and later signs in on another device, at normal speed and 4× throttled. */
async function timeUiAuth(browser: Browser, baseUrl: string): Promise<UiAuthTimes> {
  const normal = await timeSignUp(browser, baseUrl, 1);
  const slow = await timeSignUp(browser, baseUrl, THROTTLED);
  const signInNormal = await timeSignIn(browser, baseUrl, normal.account, 1);
  const signInSlow = await timeSignIn(browser, baseUrl, slow.account, THROTTLED);
  return {
    signUpUi: { normalMs: normal.ms, throttled4xMs: slow.ms },
    signInUi: {
      normalMs: signInNormal.ms,
      throttled4xMs: signInSlow.ms,
      normalAfterSubmitMs: signInNormal.afterSubmitMs,
      throttled4xAfterSubmitMs: signInSlow.afterSubmitMs,
    },
  };
}

/** Keeps a picture of the page when a UI step fails, so the failure can be seen afterwards. */
async function withFailurePicture<T>(page: Page, name: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    const file = join(tmpDir('failures'), `${name}-${Date.now()}.png`);
    await page.screenshot({ path: file, fullPage: true }).catch(() => undefined);
    const summary = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new Error(`${summary} (picture: ${file})`, { cause: error });
  }
}

interface UiAccount {
  name: string;
  handle: string;
  password: string;
}

/** Sign-up through the real UI by someone new, from opening the app to Today's greeting. */
async function timeSignUp(
  browser: Browser,
  baseUrl: string,
  rate: number,
): Promise<{ ms: number; account: UiAccount }> {
  const context = await browser.newContext({ viewport: PHONE });
  try {
    const page = await context.newPage();
    await (await context.newCDPSession(page)).send('Emulation.setCPUThrottlingRate', { rate });
    const stamp = uniqueStamp();
    const account = { name: 'Sam', handle: `sam-${stamp}`, password: `sam password ${stamp}` };
    const started = performance.now();
    await withFailurePicture(page, `sign-up-${rate}x`, async () => {
      await signUp(page, baseUrl, account.name, account.handle, account.password);
      await waitForToday(page, account.name);
    });
    return { ms: round(performance.now() - started, 0), account };
  } finally {
    await context.close();
  }
}

/**
 * Sign-in through the real UI on a new device (no history), from opening the screen to Today's
 * greeting, and the part of it after the form was submitted (timed in the page by the probe).
 */
async function timeSignIn(
  browser: Browser,
  baseUrl: string,
  account: UiAccount,
  rate: number,
): Promise<{ ms: number; afterSubmitMs: number }> {
  const context = await browser.newContext({ viewport: PHONE });
  try {
    await installTodayProbe(context, 'nobody');
    const page = await context.newPage();
    await (await context.newCDPSession(page)).send('Emulation.setCPUThrottlingRate', { rate });
    const started = performance.now();
    await withFailurePicture(page, `sign-in-${rate}x`, async () => {
      await signIn(page, baseUrl, account.handle, account.password);
      await waitForToday(page, account.name);
    });
    const ms = round(performance.now() - started, 0);
    return { ms, afterSubmitMs: round(await sinceSubmit(page), 0) };
  } finally {
    await context.close();
  }
}
