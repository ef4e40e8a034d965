import { join } from 'node:path';
import { tmpDir } from '../lib/paths';
import type { BenchDatabase } from './bench-database';
import { measure, warmUp, type LoadSettings } from './cannon';
import { startChild } from './child-server';
import { summariseCpuProfile, type ProfileSummary } from './cpu-profile-summary';
import { syncPullScenario, type MeasuredUser } from './hearth-scenarios';
import type { CpuShare } from '../lib/cpu';
import type { PullPlans } from './pull-plan';

export interface ProfileResults {
  date: string;
  database: 'pglite' | 'postgres';
  scenario: 'syncPull';
  durationS: number;
  rps: number;
  p99: number;
  cpu?: CpuShare;
  profileFile: string;
  summary: ProfileSummary;
  pullPlan: PullPlans;
}

const preload = join(import.meta.dirname, 'profiler-preload.ts');

/** Sync pull under the usual load with V8's sampling profiler on, steady state only. */
export async function profileSyncPull(
  kind: 'pglite' | 'postgres',
  bench: BenchDatabase,
  serverMain: string,
  users: MeasuredUser[],
  settings: LoadSettings,
  pullPlan: PullPlans,
  log: (line: string) => void,
): Promise<ProfileResults> {
  const server = await startChild({
    script: serverMain,
    env: bench.serverEnv,
    readyPath: '/api/ready',
    nodeArgs: ['--import', preload],
    ipc: true,
  });
  try {
    const scenario = {
      ...syncPullScenario(server.baseUrl, users),
      serverPid: server.pid,
      postgresDatabase: bench.postgresDatabase,
    };
    log(`${kind}: profiling sync pull (server pid ${server.pid})`);
    await warmUp(scenario, settings);
    await server.ask({ type: 'profile-start' });
    const figure = await measure(scenario, { ...settings, repetitions: 1, warmupS: 0 }, log);
    const profileFile = join(tmpDir('profiles'), `sync-pull-${kind}-${Date.now()}.cpuprofile`);
    await server.ask({ type: 'profile-stop', path: profileFile });
    return {
      date: new Date().toISOString(),
      database: kind,
      scenario: 'syncPull',
      durationS: settings.durationS,
      rps: figure.rps,
      p99: figure.p99,
      ...(figure.cpu ? { cpu: figure.cpu } : {}),
      profileFile,
      summary: summariseCpuProfile(profileFile),
      pullPlan,
    };
  } finally {
    await server.stop();
  }
}
