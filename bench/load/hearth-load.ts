import { resolve } from 'node:path';
import type { SeedSize } from '../lib/options';
import { repoRoot } from '../lib/paths';
import { createBenchDatabase, type BenchDatabase, type DbKind } from './bench-database';
import { measure, type LoadFigure, type LoadSettings } from './cannon';
import { startChild, type ChildServer } from './child-server';
import {
  dailyMixScenario,
  dailyMixShares,
  makeWriteBodies,
  PULL_PAGE,
  syncPullScenario,
  writeScenario,
  type MeasuredUser,
} from './hearth-scenarios';
import { prepareDatabase, type SeedSummary } from './prepare-database';
import { profileSyncPull, type ProfileResults } from './profile';
import type { PullPlans } from './pull-plan';

export const serverMain = resolve(repoRoot, 'apps/server/src/main.ts');

export interface DatabaseLoad {
  date: string;
  seed: SeedSummary;
  syncPull: LoadFigure & { recordsPerPull: number };
  write: LoadFigure;
  dailyMix: LoadFigure & { shares: typeof dailyMixShares };
  serverPeakRssMb: number;
  serverStartSeconds: number;
  /** EXPLAIN ANALYZE of one pull on the seeded data, before the load. */
  pullPlan: PullPlans;
}

export interface HearthRun {
  load?: DatabaseLoad;
  profile?: ProfileResults;
}

/**
 * A seeded throwaway database, then (as asked) the three Hearth scenarios against the server in a
 * child process, and a profiled sync pull in a fresh child. The database is dropped at the end.
 */
export async function runHearth(
  kind: DbKind,
  what: { scenarios: boolean; profile: boolean },
  seed: SeedSize,
  settings: LoadSettings,
  adminUrl: string,
  keep: boolean,
  log: (line: string) => void,
): Promise<HearthRun> {
  const stamp = new Date().toISOString().replace(/\D/g, '').slice(0, 14);
  const bench = await createBenchDatabase(kind, stamp, adminUrl);
  log(`${kind}: database ${bench.label}`);
  try {
    const prepared = await prepareDatabase(await bench.open(), seed, log);
    const run: HearthRun = {};
    if (what.scenarios) run.load = await scenarios(kind, bench, prepared, settings, log);
    if (what.profile)
      run.profile = await profileSyncPull(
        kind,
        bench,
        serverMain,
        prepared.users,
        settings,
        prepared.pullPlan,
        log,
      );
    return run;
  } finally {
    if (!keep) await bench.remove();
    else log(`${kind}: kept ${bench.label}`);
  }
}

async function scenarios(
  kind: DbKind,
  bench: BenchDatabase,
  prepared: { users: MeasuredUser[]; seed: SeedSummary; pullPlan: PullPlans },
  settings: LoadSettings,
  log: (line: string) => void,
): Promise<DatabaseLoad> {
  const startedAt = performance.now();
  const server: ChildServer = await startChild({
    script: serverMain,
    env: bench.serverEnv,
    readyPath: '/api/ready',
  });
  try {
    const serverStartSeconds = Number(((performance.now() - startedAt) / 1000).toFixed(1));
    log(`${kind}: server pid ${server.pid} ready in ${serverStartSeconds} s`);
    const { users } = prepared;
    const recordsPerPull = await checkPull(server.baseUrl, users[0]!);
    const bodies = makeWriteBodies();
    const run = (scenario: Parameters<typeof measure>[0]) =>
      measure(
        { ...scenario, serverPid: server.pid, postgresDatabase: bench.postgresDatabase },
        settings,
        log,
      );

    log(`${kind}: sync pull (${PULL_PAGE} records per request)`);
    const syncPull = {
      ...(await run(syncPullScenario(server.baseUrl, users))),
      rssMb: server.memory().rssMb,
      recordsPerPull,
    };
    log(`${kind}: record write`);
    const write = {
      ...(await run(writeScenario(server.baseUrl, users, bodies))),
      rssMb: server.memory().rssMb,
    };
    log(`${kind}: daily mix (${describeShares()})`);
    const dailyMix = {
      ...(await run(dailyMixScenario(server.baseUrl, users, bodies))),
      rssMb: server.memory().rssMb,
      shares: dailyMixShares,
    };
    return {
      date: new Date().toISOString(),
      seed: prepared.seed,
      syncPull,
      write,
      dailyMix,
      serverPeakRssMb: server.memory().peakRssMb,
      serverStartSeconds,
      pullPlan: prepared.pullPlan,
    };
  } finally {
    await server.stop();
  }
}

function describeShares(): string {
  return Object.entries(dailyMixShares)
    .map(([step, share]) => `${Math.round(share * 100)}% ${step}`)
    .join(', ');
}

/** One pull before the load: the figures only mean something if each request reads a full page. */
async function checkPull(baseUrl: string, user: MeasuredUser): Promise<number> {
  const response = await fetch(`${baseUrl}/api/sync?cursor=${user.cursors[0]}&limit=${PULL_PAGE}`, {
    headers: { cookie: user.cookie },
  });
  if (!response.ok) throw new Error(`sync pull check failed: ${response.status} ${await response.text()}`);
  const body = (await response.json()) as { records: unknown[] };
  if (body.records.length !== PULL_PAGE)
    throw new Error(`sync pull check returned ${body.records.length} records, expected ${PULL_PAGE}`);
  return body.records.length;
}
