import { revealTag } from '@hearth/crypto';
import { addDays, localDate } from '@hearth/core';
import { questions } from '@hearth/content';
import type { Browser } from 'playwright-core';
import { rmSync } from 'node:fs';
import {
  freePort,
  startServerProcess,
  type ServerProcess,
} from '../../apps/server/test/support/server-process';
import { dailyQuestionId } from '../../apps/web/src/features/question/daily-question';
import { pairPartners, uniqueStamp } from '../../e2e/support/app-actions';
import { tmpDir } from '../lib/paths';
import { round } from '../lib/stats';
import { signInFromNode } from './node-device';
import { storeYear } from './seed-year';
import { yearOfHistory } from './year-of-history';

export interface Account {
  name: string;
  handle: string;
  password: string;
}

/** A paired couple with a year behind them, on a real server running the production web app. */
export interface YearCouple {
  /** `http://localhost:<port>`: a secure context for the browser, so the `__Host-` cookie works. */
  baseUrl: string;
  me: Account;
  partner: Account;
  /** Records on my device after a full sync (not counting the few the pairing itself wrote). */
  records: number;
  answers: number;
  days: number;
  seedSeconds: number;
  /** How the history was made, for RESULTS.md. */
  seed: string;
  stop(): Promise<void>;
}

/**
 * Alice and Bob sign up and pair through the real UI (e2e/support/app-actions.ts), then a year
 * of their practices is sealed in Node under their real keys and stored by SQL while the server
 * is stopped; the server then starts again on the same port (the same origin for the browser).
 */
export async function createYearCouple(
  browser: Browser,
  size: { records: number; days: number },
  log: (line: string) => void,
): Promise<YearCouple> {
  const dataDir = tmpDir(`year-couple-${Date.now()}`);
  const port = await freePort();
  const start = () => startServerProcess({ HEARTH_DATA_DIR: dataDir }, port);
  let server: ServerProcess | undefined = await start();
  try {
    const baseUrl = `http://localhost:${port}`;
    const stamp = uniqueStamp();
    const started = performance.now();
    const paired = await pairPartners(browser, baseUrl, stamp);
    await paired.contextA.close();
    await paired.contextB.close();
    const me = { name: 'Alice', handle: `alice-${stamp}`, password: paired.passwordA };
    const partner = { name: 'Bob', handle: `bob-${stamp}`, password: paired.passwordB };
    // Node reaches the server on the address it listens on; `localhost` may resolve to ::1 first.
    const direct = `http://127.0.0.1:${port}`;
    const people = {
      me: await signInFromNode(direct, me.handle, me.password),
      partner: await signInFromNode(direct, partner.handle, partner.password),
    };
    log(`year couple: paired through the UI in ${round((performance.now() - started) / 1000, 1)} s`);

    await stopGracefully(server);
    server = undefined;
    const seedStart = performance.now();
    const now = new Date();
    const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
    const today = localDate(now, timeZone);
    const since = new Date(Date.parse(`${addDays(today, -size.days)}T07:00:00Z`));
    const startDate = localDate(since, timeZone);
    const coupleKey = people.me.coupleKey;
    const questionOf = (date: string) => {
      const questionId = dailyQuestionId({ coupleKey, library: questions, startDate, date, skips: [] });
      if (!questionId) throw new Error(`no daily question for ${date}`);
      return { questionId, tag: revealTag(coupleKey, questionId, date) };
    };
    const history = yearOfHistory({
      records: size.records,
      days: size.days,
      today,
      now,
      timeZone,
      questionOf,
    });
    await storeYear(dataDir, people, { ...history, since });
    const seedSeconds = round((performance.now() - seedStart) / 1000, 1);
    log(
      `year couple: ${history.records.length} records and ${history.answers.length} answers over ${size.days} days sealed and stored in ${seedSeconds} s`,
    );
    server = await start();

    const running = server;
    return {
      baseUrl,
      me,
      partner,
      records: history.records.length,
      answers: history.answers.length,
      days: size.days,
      seedSeconds,
      seed:
        `Alice and Bob signed up and paired through the UI; ${history.records.length.toLocaleString('en')} records over ${size.days} days ` +
        `(check-ins, thank-yous, touches, question replies, letters, device-free times, notes) and ` +
        `${history.answers.length} daily-question answers sealed in Node under their keys and stored by SQL`,
      async stop() {
        await stopGracefully(running);
        rmSync(dataDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    if (server) await stopGracefully(server);
    rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
}

/** SIGTERM, so the embedded database closes cleanly before SQL opens it; SIGKILL after 15 s. */
async function stopGracefully(server: ServerProcess): Promise<void> {
  if (server.child.exitCode !== null) return;
  const exited = new Promise((resolve) => server.child.once('exit', resolve));
  server.child.kill('SIGTERM');
  const timer = setTimeout(() => server.child.kill('SIGKILL'), 15_000);
  await exited;
  clearTimeout(timer);
}
