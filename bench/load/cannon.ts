import { loadavg } from 'node:os';
import autocannon, { type Client, type Result } from 'autocannon';
import { cpuShare, cpuSnapshot, type CpuShare } from '../lib/cpu';
import { median, round } from '../lib/stats';

export interface LoadSettings {
  connections: number;
  durationS: number;
  repetitions: number;
  warmupS: number;
}

export interface RunFigure {
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
  timeouts: number;
  statusCodes: Record<string, number>;
  /** 1-minute load average just before the run: other work on the machine skews figures. */
  loadAverageBefore: number;
  cpu?: CpuShare;
  /**
   * Requests per second per core busy in the server and the database: a figure that holds up
   * when other work steals CPU from the run (raw req/s does not).
   */
  rpsPerCore?: number;
}

export interface LoadFigure extends RunFigure {
  runs: RunFigure[];
  rssMb?: number;
  ratioToRaw?: number;
  /** rpsPerCore as a share of the raw hello's: the cost ratio with contention taken out. */
  perCoreRatioToRaw?: number;
}

export interface Scenario {
  url: string;
  /** The server child, to measure how many cores it and PostgreSQL used. */
  serverPid?: number;
  /** The PostgreSQL database it uses, if any (see cpuSnapshot). */
  postgresDatabase?: string;
  /** Gives each connection its requests (own session, own cursor list, fresh ids…). */
  setupClient?: (client: Client, index: number) => void;
}

/** A short unrecorded run: JIT, caches and connection pools settle before anything is measured. */
export async function warmUp(scenario: Scenario, settings: LoadSettings): Promise<void> {
  if (settings.warmupS > 0) await once(scenario, settings.connections, settings.warmupS);
}

/** Warm-up, then the measured repetitions, summarised by their medians. */
export async function measure(
  scenario: Scenario,
  settings: LoadSettings,
  log: (line: string) => void,
): Promise<LoadFigure> {
  await warmUp(scenario, settings);
  const runs: RunFigure[] = [];
  for (let rep = 0; rep < settings.repetitions; rep++) {
    const loadAverageBefore = round(loadavg()[0]!);
    const before = scenario.serverPid
      ? cpuSnapshot(scenario.serverPid, scenario.postgresDatabase)
      : undefined;
    const result = await once(scenario, settings.connections, settings.durationS);
    const figure = summarise(result, loadAverageBefore);
    if (before && scenario.serverPid) {
      figure.cpu = cpuShare(before, cpuSnapshot(scenario.serverPid, scenario.postgresDatabase));
      const busy = figure.cpu.serverCores + figure.cpu.postgresCores;
      if (busy > 0) figure.rpsPerCore = round(figure.rps / busy, 0);
    }
    runs.push(figure);
    const cpu = figure.cpu
      ? `, cores: server ${figure.cpu.serverCores} pg ${figure.cpu.postgresCores} bench ${figure.cpu.loadGeneratorCores}`
      : '';
    log(
      `    run ${rep + 1}/${settings.repetitions}: ${figure.rps} req/s, p50 ${figure.p50} ms, p99 ${figure.p99} ms, errors ${figure.errors} (load avg before ${loadAverageBefore}${cpu})`,
    );
  }
  const statusCodes: Record<string, number> = {};
  for (const run of runs)
    for (const [code, count] of Object.entries(run.statusCodes))
      statusCodes[code] = (statusCodes[code] ?? 0) + count;
  return {
    rps: round(median(runs.map((r) => r.rps)), 0),
    p50: round(median(runs.map((r) => r.p50))),
    p99: round(median(runs.map((r) => r.p99))),
    errors: runs.reduce((sum, r) => sum + r.errors, 0),
    non2xx: runs.reduce((sum, r) => sum + r.non2xx, 0),
    timeouts: runs.reduce((sum, r) => sum + r.timeouts, 0),
    statusCodes,
    loadAverageBefore: Math.max(...runs.map((r) => r.loadAverageBefore)),
    ...(runs[0]?.cpu ? { cpu: averageCpu(runs.map((r) => r.cpu!)) } : {}),
    ...(runs[0]?.rpsPerCore ? { rpsPerCore: round(median(runs.map((r) => r.rpsPerCore ?? 0)), 0) } : {}),
    runs,
  };
}

async function once(scenario: Scenario, connections: number, durationS: number): Promise<Result> {
  let index = 0;
  const setup = scenario.setupClient;
  return autocannon({
    url: scenario.url,
    connections,
    duration: durationS,
    timeout: 10,
    ...(setup ? { setupClient: (client: Client) => setup(client, index++) } : {}),
  });
}

function averageCpu(shares: CpuShare[]): CpuShare {
  const mean = (pick: (share: CpuShare) => number) =>
    round(shares.reduce((sum, share) => sum + pick(share), 0) / shares.length);
  return {
    serverCores: mean((s) => s.serverCores),
    postgresCores: mean((s) => s.postgresCores),
    loadGeneratorCores: mean((s) => s.loadGeneratorCores),
  };
}

function summarise(result: Result, loadAverageBefore: number): RunFigure {
  const statusCodes: Record<string, number> = {};
  for (const [code, stat] of Object.entries(result.statusCodeStats ?? {}))
    statusCodes[code] = Number(stat.count);
  return {
    rps: round(result.requests.average, 0),
    p50: result.latency.p50,
    p99: result.latency.p99,
    // autocannon's `errors` already includes timeouts; non-2xx answers are failures too.
    errors: result.non2xx + result.errors,
    non2xx: result.non2xx,
    timeouts: result.timeouts,
    statusCodes,
    loadAverageBefore,
  };
}
