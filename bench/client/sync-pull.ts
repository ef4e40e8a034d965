import { randomUUID } from 'node:crypto';
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { sealRecord, toB64 } from '@hearth/crypto';
import type { Browser, Page } from 'playwright-core';
import { records } from '../../apps/server/src/db/schema';
import { httpTarget } from '../../apps/server/test/support/http-target';
import { TestUser } from '../../apps/server/test/support/test-user';
import { repoRoot, tmpDir } from '../lib/paths';
import { median, round } from '../lib/stats';
import { startChild, type ChildServer } from '../load/child-server';
import { samplePayload } from '../load/sealed-samples';
import { insertInBatches, withStoppedServerDatabase } from './insert-rows';
import type { HearthBenchPage, SyncPullTimes } from './page-types';

export interface SyncPullResults {
  /** Median of REPETITIONS pulls: first request to last record decrypted. */
  syncPull10kMs: number;
  syncPull10kRecordsPerSec: number;
  /** The same pull with Chromium's CPU throttled 4×, one run. */
  syncPull10kThrottled4xMs: number;
  records: number;
  pageSize: number;
  pages: number;
  /** The two parts of the median pull: waiting for pages (+ JSON parse) and openRecord. */
  fetchMs: number;
  openMs: number;
  /** How the history was made (sealed in Node with the user's PDK, inserted by SQL). */
  seed: string;
  seedSeconds: number;
}

type BenchWindow = { hearthBench: HearthBenchPage };

export const SYNC_RECORDS = 10_000;
const PAGE_SIZE = 500;
const REPETITIONS = 3;
const serverMain = resolve(repoRoot, 'apps/server/src/main.ts');

/**
 * A fresh device's first sync: one real user (OPAQUE sign-up over HTTP) with SYNC_RECORDS private
 * records sealed under their own PDK, pulled by the bundled @hearth/crypto inside Chromium from
 * a real server child on a fresh PGlite directory, and every record opened.
 *
 * The records are sealed in Node exactly as TestUser.writeRecord seals them, then inserted by SQL
 * while the server is stopped: PUTting 10,000 over HTTP took 75 s on this 2-core machine, and the
 * rows are the same either way (the server stores envelopes as sent; `seq` comes from its sequence).
 */
export async function runSyncPull(
  browser: Browser,
  script: string,
  log: (line: string) => void,
): Promise<SyncPullResults> {
  const dataDir = tmpDir(`sync-pull-${Date.now()}`);
  const start = () =>
    startChild({ script: serverMain, env: { HEARTH_DATA_DIR: dataDir }, readyPath: '/api/ready' });
  let server: ChildServer | undefined;
  try {
    server = await start();
    const user = await TestUser.signUp(httpTarget(server.baseUrl), 'bench-sync');
    await server.stop();
    const seedStart = performance.now();
    await insertHistory(dataDir, user, SYNC_RECORDS);
    const seedSeconds = round((performance.now() - seedStart) / 1000, 1);
    log(`client: sync pull: ${SYNC_RECORDS} private records sealed and inserted in ${seedSeconds} s`);
    server = await start();

    const page = await openServerPage(browser, server.port, user.cookie, script);
    const pdk = toB64(user.keys.pdk);
    const pull = () =>
      page.evaluate(([key, size]) => (globalThis as unknown as BenchWindow).hearthBench.syncPull(key, size), [
        pdk,
        PAGE_SIZE,
      ] as const);

    const warm = await pull(); // JIT in the page, caches in the server
    if (warm.records !== SYNC_RECORDS)
      throw new Error(`sync pull opened ${warm.records} records, expected ${SYNC_RECORDS}`);
    const runs: SyncPullTimes[] = [];
    for (let i = 0; i < REPETITIONS; i++) {
      runs.push(await pull());
      log(
        `client: sync pull run ${i + 1}: ${round(runs[i]!.totalMs, 0)} ms (fetch ${round(runs[i]!.fetchMs, 0)}, open ${round(runs[i]!.openMs, 0)}) in ${runs[i]!.pages} pages`,
      );
    }
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    const slow = await pull();
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    log(`client: sync pull 4× throttled: ${round(slow.totalMs, 0)} ms`);
    await page.context().close();

    const totalMs = median(runs.map((r) => r.totalMs));
    // REPETITIONS is odd, so the median is one run; its two parts add up to its total.
    const middle = runs.find((r) => r.totalMs === totalMs) ?? runs[0]!;
    return {
      syncPull10kMs: round(totalMs, 0),
      syncPull10kRecordsPerSec: round((SYNC_RECORDS / totalMs) * 1000, 0),
      syncPull10kThrottled4xMs: round(slow.totalMs, 0),
      records: SYNC_RECORDS,
      pageSize: PAGE_SIZE,
      pages: runs[0]!.pages,
      fetchMs: round(middle.fetchMs, 0),
      openMs: round(middle.openMs, 0),
      seed: "sealed in Node with the user's PDK (@hearth/crypto sealRecord), inserted by SQL",
      seedSeconds,
    };
  } finally {
    await server?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** Seals `count` private records as the browser would and inserts them into the server's PGlite. */
async function insertHistory(dataDir: string, user: TestUser, count: number): Promise<void> {
  const rows = Array.from({ length: count }, (_, i): typeof records.$inferInsert => {
    const id = randomUUID();
    const sealed = sealRecord(
      user.keys.pdk,
      'pdk',
      { scope: 'user', ownerId: user.userId, recordId: id, authorId: user.userId, version: 1 },
      samplePayload(i),
    );
    return {
      id,
      scope: 'user',
      ownerUserId: user.userId,
      coupleId: null,
      authorId: user.userId,
      version: 1,
      keyEpoch: 0,
      ...sealed,
      deleted: false,
    };
  });
  await withStoppedServerDatabase(dataDir, (db) =>
    insertInBatches(rows, (batch) => db.insert(records).values(batch)),
  );
}

/**
 * A page on the server's own origin, so `/api/sync` is a same-origin fetch carrying the session
 * cookie. `localhost` (not 127.0.0.1) because Chromium treats it as secure, which the
 * `__Host-` cookie needs. CSP is bypassed only to inject the benchmark bundle into a JSON page.
 */
async function openServerPage(browser: Browser, port: number, cookie: string, script: string): Promise<Page> {
  const origin = `http://localhost:${port}`;
  const context = await browser.newContext({ bypassCSP: true });
  const separator = cookie.indexOf('=');
  // domain + path, not url: Playwright forces `secure: false` for an http url, which `__Host-` refuses.
  await context.addCookies([
    {
      name: cookie.slice(0, separator),
      value: cookie.slice(separator + 1),
      domain: 'localhost',
      path: '/',
      secure: true,
      httpOnly: true,
      sameSite: 'Strict',
    },
  ]);
  const page = await context.newPage();
  await page.goto(`${origin}/api/health`);
  await page.addScriptTag({ content: script });
  await page.waitForFunction(() => 'hearthBench' in globalThis);
  await page.evaluate(() => (globalThis as unknown as BenchWindow).hearthBench.ready);
  return page;
}
