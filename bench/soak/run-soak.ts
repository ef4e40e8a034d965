import { round } from '../lib/stats';
import { createBenchDatabase, type DbKind } from '../load/bench-database';
import { measure, type LoadFigure } from '../load/cannon';
import { startChild } from '../load/child-server';
import { serverMain } from '../load/hearth-load';
import { dailyMixScenario, dailyMixShares, makeWriteBodies } from '../load/hearth-scenarios';
import { prepareDatabase, type SeedSummary } from '../load/prepare-database';
import { rssTrend, type RssSample, type RssTrend } from './rss-trend';
import type { SoakOptions } from './soak-options';

export interface SoakResult {
  date: string;
  database: DbKind;
  minutes: number;
  connections: number;
  /** The request mix, as the load bench defines it. */
  shares: typeof dailyMixShares;
  seed: SeedSummary;
  /** Responses received over the whole run (every status). */
  requests: number;
  load: Omit<LoadFigure, 'runs'>;
  rss: RssTrend & {
    idleBeforeLoadMb: number;
    /** VmHWM at the end: the highest RSS the server reached, including between samples. */
    peakMb: number;
    sampleSeconds: number;
    samples: RssSample[];
  };
}

/**
 * The load bench's daily mix, without a pause, against one Hearth server child for the whole
 * run, sampling the server's RSS as it goes. Seeding, scenario and child handling are the load
 * bench's own (bench/load), so the soak exercises exactly what the figures describe.
 */
export async function runSoak(options: SoakOptions, log: (line: string) => void): Promise<SoakResult> {
  const stamp = `soak${new Date().toISOString().replace(/\D/g, '').slice(0, 14)}`;
  const bench = await createBenchDatabase(options.db, stamp, options.pgUrl);
  const onInterrupt = () => {
    log(`interrupted: removing ${bench.label}`);
    void bench.remove().finally(() => process.exit(130));
  };
  process.once('SIGINT', onInterrupt);
  log(`${options.db}: database ${bench.label}`);
  try {
    const prepared = await prepareDatabase(await bench.open(), options.seed, log);
    const server = await startChild({ script: serverMain, env: bench.serverEnv, readyPath: '/api/ready' });
    try {
      const idleBeforeLoadMb = server.memory().rssMb;
      log(`${options.db}: server pid ${server.pid} ready, RSS ${idleBeforeLoadMb} MB before load`);
      const durationS = Math.max(1, Math.round(options.minutes * 60));
      const samples: RssSample[] = [];
      const startedAt = performance.now();
      const sample = () => {
        const atS = round((performance.now() - startedAt) / 1000, 1);
        samples.push({ atS, rssMb: server.memory().rssMb });
        if (samples.length % Math.max(1, Math.round(60 / options.sampleSeconds)) === 0)
          log(`  ${clock(atS)}  RSS ${samples[samples.length - 1]!.rssMb} MB`);
      };
      const sampler = setInterval(sample, options.sampleSeconds * 1000);
      log(`${options.db}: daily mix for ${clock(durationS)} at ${options.connections} connections`);
      let figure: LoadFigure;
      try {
        figure = await measure(
          {
            ...dailyMixScenario(server.baseUrl, prepared.users, makeWriteBodies()),
            serverPid: server.pid,
            postgresDatabase: bench.postgresDatabase,
          },
          { connections: options.connections, durationS, repetitions: 1, warmupS: 0 },
          log,
        );
      } finally {
        clearInterval(sampler);
      }
      sample();
      const { runs: _runs, ...load } = figure;
      return {
        date: new Date().toISOString(),
        database: options.db,
        minutes: options.minutes,
        connections: options.connections,
        shares: dailyMixShares,
        seed: prepared.seed,
        requests: Object.values(figure.statusCodes).reduce((sum, count) => sum + count, 0),
        load,
        rss: {
          ...rssTrend(samples),
          idleBeforeLoadMb,
          peakMb: server.memory().peakRssMb,
          sampleSeconds: options.sampleSeconds,
          samples,
        },
      };
    } finally {
      await server.stop();
    }
  } finally {
    process.off('SIGINT', onInterrupt);
    if (!options.keep) await bench.remove();
    else log(`${options.db}: kept ${bench.label}`);
  }
}

function clock(seconds: number): string {
  const whole = Math.round(seconds);
  return `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, '0')}`;
}
