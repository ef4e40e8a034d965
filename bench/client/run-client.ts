import { build } from 'esbuild';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchChromium } from '../../e2e/browser';
import { median, round } from '../lib/stats';
import type { CryptoThroughput, HearthBenchPage, OpaqueTimes } from './page-types';
import { serveFiles } from './static-server';
import { runSyncPull, type SyncPullResults } from './sync-pull';
import { runToday, type TodayResults } from './today-bench';

export interface ClientResults {
  date: string;
  browser: string;
  /** Client-side sign-up work: 2 OPAQUE registrations with Argon2id + key hierarchy (no network). */
  signUpMs: number;
  signInMs: number;
  /** Opening a year of history (YEAR_RECORDS records of ~RECORD_BYTES bytes) with @hearth/crypto. */
  decryptYearMs: number;
  encryptYearMs: number;
  decryptRecordsPerS: number;
  decryptMBPerS: number;
  encryptRecordsPerS: number;
  encryptMBPerS: number;
  yearRecords: number;
  recordBytes: number;
  /** The same with Chromium's CPU throttled 4× (a mid-range phone), one run each. */
  throttled4x: { decryptYearMs: number; signUpMs: number; signInMs: number; syncPull10kMs: number | null };
  /** A fresh device's sync pull of 10,000 records from a real server, until all are decrypted (sync-pull.ts). */
  syncPull10kMs: number | null;
  syncPull10kRecordsPerSec: number | null;
  syncPull: SyncPullResults | null;
  /** Why the sync pull has no figures, when it failed (the other client figures still stand). */
  syncPullError?: string;
  /**
   * Time to Today interactive through the real UI, 4× throttled, with a year of history on the
   * device (a reload; today-interactive.ts says what "interactive" means). Null when it failed.
   */
  todayInteractiveMs: number | null;
  /** The same for a fresh device: from submitting the sign-in form, the year pulled and decrypted first. */
  todayInteractiveFreshDeviceMs: number | null;
  /** Sign-up and sign-in through the real UI (no history), 4× throttled; the unthrottled ones are in `today`. */
  signUpUiMs: number | null;
  signInUiMs: number | null;
  today: TodayResults | null;
  todayError?: string;
  bundleKb: number;
}

// The global the bundled page-entry.ts installs. Callbacks given to page.evaluate run in the page
// and cannot call helpers defined here, so each one reaches the global itself.
type BenchWindow = { hearthBench: HearthBenchPage };

export const YEAR_RECORDS = 7_000;
export const RECORD_BYTES = 500;
const REPETITIONS = 3;

/** Bundles the crypto code with esbuild, runs it in Chromium, and times what a person waits for. */
export async function runClient(
  options: { quick: boolean },
  log: (line: string) => void,
): Promise<ClientResults> {
  const bundled = await build({
    entryPoints: [join(import.meta.dirname, 'page-entry.ts')],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    write: false,
  });
  const script = bundled.outputFiles[0]!.text;
  const site = await serveFiles({
    '/': {
      type: 'text/html',
      body: '<!doctype html><meta charset="utf-8"><title>bench</title><script src="/bench.js"></script>',
    },
    '/bench.js': { type: 'text/javascript', body: script },
  });
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    await page.goto(site.url);
    await page.waitForFunction(() => 'hearthBench' in globalThis);
    await page.evaluate(() => (globalThis as unknown as BenchWindow).hearthBench.ready);
    log(`client: Chromium ${browser.version()}, bundle ${round(script.length / 1024, 0)} KB`);

    await throughput(page, 500); // warm-up: JIT and WebAssembly compilation
    const crypto: CryptoThroughput[] = [];
    const auth: OpaqueTimes[] = [];
    for (let i = 0; i < REPETITIONS; i++) {
      crypto.push(await throughput(page, YEAR_RECORDS));
      auth.push(
        await page.evaluate(() =>
          (globalThis as unknown as BenchWindow).hearthBench.opaqueTimes('correct horse battery staple'),
        ),
      );
      log(
        `client: run ${i + 1}: open ${round(crypto[i]!.openMs, 0)} ms, seal ${round(crypto[i]!.sealMs, 0)} ms, sign-up ${round(auth[i]!.signUpMs, 0)} ms, sign-in ${round(auth[i]!.signInMs, 0)} ms`,
      );
    }

    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    const slowCrypto = await throughput(page, YEAR_RECORDS);
    const slowAuth = await page.evaluate(() =>
      (globalThis as unknown as BenchWindow).hearthBench.opaqueTimes('correct horse battery staple'),
    );
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    log(
      `client: 4× throttled: open ${round(slowCrypto.openMs, 0)} ms, sign-up ${round(slowAuth.signUpMs, 0)} ms`,
    );

    let syncPull: SyncPullResults | null = null;
    let syncPullError: string | undefined;
    try {
      syncPull = await runSyncPull(browser, script, log);
    } catch (error) {
      syncPullError = error instanceof Error ? error.message : String(error);
      log(`client: sync pull failed: ${syncPullError}`);
    }

    let today: TodayResults | null = null;
    let todayError: string | undefined;
    try {
      const size = options.quick
        ? { records: 1_000, days: 50, reloads: 1 }
        : { records: YEAR_RECORDS, days: 365, reloads: 3 };
      today = await runToday(browser, size, log);
    } catch (error) {
      todayError = error instanceof Error ? error.message : String(error);
      log(`client: Today failed: ${todayError}`);
    }

    const openMs = median(crypto.map((c) => c.openMs));
    const sealMs = median(crypto.map((c) => c.sealMs));
    const megabytes = (YEAR_RECORDS * RECORD_BYTES) / 1e6;
    return {
      date: new Date().toISOString(),
      browser: `Chromium ${browser.version()}`,
      signUpMs: round(median(auth.map((a) => a.signUpMs)), 0),
      signInMs: round(median(auth.map((a) => a.signInMs)), 0),
      decryptYearMs: round(openMs, 0),
      encryptYearMs: round(sealMs, 0),
      decryptRecordsPerS: round((YEAR_RECORDS / openMs) * 1000, 0),
      decryptMBPerS: round(megabytes / (openMs / 1000), 1),
      encryptRecordsPerS: round((YEAR_RECORDS / sealMs) * 1000, 0),
      encryptMBPerS: round(megabytes / (sealMs / 1000), 1),
      yearRecords: YEAR_RECORDS,
      recordBytes: RECORD_BYTES,
      throttled4x: {
        decryptYearMs: round(slowCrypto.openMs, 0),
        signUpMs: round(slowAuth.signUpMs, 0),
        signInMs: round(slowAuth.signInMs, 0),
        syncPull10kMs: syncPull?.syncPull10kThrottled4xMs ?? null,
      },
      syncPull10kMs: syncPull?.syncPull10kMs ?? null,
      syncPull10kRecordsPerSec: syncPull?.syncPull10kRecordsPerSec ?? null,
      syncPull,
      ...(syncPullError ? { syncPullError } : {}),
      todayInteractiveMs: today?.throttled4x.reload.interactiveMs ?? null,
      todayInteractiveFreshDeviceMs: today?.throttled4x.freshDevice.interactiveMs ?? null,
      signUpUiMs: today?.signUpUi?.throttled4xMs ?? null,
      signInUiMs: today?.signInUi?.throttled4xMs ?? null,
      today,
      ...(todayError ? { todayError } : {}),
      bundleKb: round(script.length / 1024, 0),
    };
  } finally {
    await browser.close();
    await site.close();
  }
}

function throughput(page: Page, records: number): Promise<CryptoThroughput> {
  return page.evaluate(
    ([count, bytes]) => (globalThis as unknown as BenchWindow).hearthBench.cryptoThroughput(count, bytes),
    [records, RECORD_BYTES] as const,
  );
}
