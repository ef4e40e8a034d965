import { resolve } from 'node:path';
import type { BenchOptions } from '../lib/options';
import { benchDir } from '../lib/paths';
import { round } from '../lib/stats';
import { measure, type LoadFigure, type LoadSettings } from './cannon';
import { startChild } from './child-server';
import { runHearth, type DatabaseLoad } from './hearth-load';
import type { ProfileResults } from './profile';

export interface LoadResults {
  date: string;
  settings: LoadSettings & { loopback: '127.0.0.1'; quick: boolean };
  rawHello: LoadFigure;
  fastifyHello: LoadFigure;
  pglite?: DatabaseLoad;
  postgres?: DatabaseLoad;
}

/**
 * The ceiling and the framework first, then Hearth on each database, all in one run on this
 * machine. With `profile`, the PostgreSQL database (or the only one asked for) is also used for
 * the profiled sync pull, so it is seeded once.
 */
export async function runLoad(
  options: BenchOptions,
  profile: boolean,
  log: (line: string) => void,
): Promise<{ load: LoadResults; profile?: ProfileResults }> {
  const settings: LoadSettings = {
    connections: options.connections,
    durationS: options.durationS,
    repetitions: options.repetitions,
    warmupS: options.warmupS,
  };
  const rawHello = await helloFigure(
    'raw node:http hello',
    resolve(benchDir, 'load/hello-raw.ts'),
    settings,
    log,
  );
  const fastifyHello = await helloFigure(
    'Fastify hello',
    resolve(benchDir, 'load/hello-fastify.ts'),
    settings,
    log,
  );
  relateToRaw(fastifyHello, rawHello);

  const results: LoadResults = {
    date: new Date().toISOString(),
    settings: { ...settings, loopback: '127.0.0.1', quick: options.quick },
    rawHello,
    fastifyHello,
  };
  let profiled: ProfileResults | undefined;
  const profileOn = options.databases.includes('postgres') ? 'postgres' : options.databases[0];
  for (const kind of options.databases) {
    const seed = kind === 'postgres' ? options.postgresSeed : options.pgliteSeed;
    const run = await runHearth(
      kind,
      { scenarios: true, profile: profile && kind === profileOn },
      seed,
      settings,
      options.pgUrl,
      options.keep,
      log,
    );
    const figures = run.load!;
    for (const figure of [figures.syncPull, figures.write, figures.dailyMix]) relateToRaw(figure, rawHello);
    results[kind] = figures;
    profiled = run.profile ?? profiled;
  }
  return { load: results, ...(profiled ? { profile: profiled } : {}) };
}

/** `npm run bench -- profile` alone: seed, then only the profiled sync pull. */
export async function runProfileOnly(
  options: BenchOptions,
  log: (line: string) => void,
): Promise<ProfileResults> {
  const kind = options.databases.includes('postgres') ? 'postgres' : options.databases[0]!;
  const seed = kind === 'postgres' ? options.postgresSeed : options.pgliteSeed;
  const settings: LoadSettings = {
    connections: options.connections,
    durationS: options.durationS,
    repetitions: 1,
    warmupS: options.warmupS,
  };
  const run = await runHearth(
    kind,
    { scenarios: false, profile: true },
    seed,
    settings,
    options.pgUrl,
    options.keep,
    log,
  );
  return run.profile!;
}

function relateToRaw(figure: LoadFigure, raw: LoadFigure): void {
  figure.ratioToRaw = round(figure.rps / raw.rps, 3);
  if (figure.rpsPerCore && raw.rpsPerCore)
    figure.perCoreRatioToRaw = round(figure.rpsPerCore / raw.rpsPerCore, 4);
}

async function helloFigure(
  label: string,
  script: string,
  settings: LoadSettings,
  log: (line: string) => void,
): Promise<LoadFigure> {
  log(label);
  const server = await startChild({ script, readyPath: '/' });
  try {
    const figure = await measure({ url: server.baseUrl, serverPid: server.pid }, settings, log);
    figure.rssMb = server.memory().rssMb;
    return figure;
  } finally {
    await server.stop();
  }
}
