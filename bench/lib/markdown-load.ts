import type { DatabaseLoad } from '../load/hearth-load';
import type { LoadFigure } from '../load/cannon';
import type { LoadResults } from '../load/run-load';
import type { ProfileResults } from '../load/profile';
import { planHeadline } from '../load/pull-plan';
import { percent, table, verdict } from './markdown-table';

export const TARGETS = {
  postgresPullRatio: 0.25,
  postgresPullP99Ms: 25,
  pglitePullRatio: 0.1,
  initialJsGzipKb: 100,
  initialJsFoundationKb: 150,
  yearOnScreenThrottledMs: 500,
  lighthouseMobile: 95,
};

/** Older results recorded only the pull share. */
function mixLabel(mix: { shares?: Record<string, number>; pullShare?: number }): string {
  const shares = mix.shares ?? { pull: mix.pullShare ?? 0, write: 1 - (mix.pullShare ?? 0) };
  return Object.entries(shares)
    .map(([step, share]) => `${Math.round(share * 100)} % ${step}`)
    .join(', ');
}

function row(name: string, db: string, figure: LoadFigure, target: string) {
  return [
    name,
    db,
    figure.rps,
    figure.p50,
    figure.p99,
    figure.errors,
    percent(figure.ratioToRaw),
    figure.rpsPerCore,
    percent(figure.perCoreRatioToRaw),
    figure.cpu
      ? `${figure.cpu.serverCores} / ${figure.cpu.postgresCores} / ${figure.cpu.loadGeneratorCores}`
      : '–',
    figure.rssMb,
    figure.loadAverageBefore,
    target,
  ];
}

function pullTarget(kind: 'pglite' | 'postgres', figure: LoadFigure): string {
  const ratio = figure.ratioToRaw ?? 0;
  if (kind === 'postgres') {
    return `≥ 25 % of raw: ${verdict(ratio >= TARGETS.postgresPullRatio)}; p99 < 25 ms: ${verdict(figure.p99 < TARGETS.postgresPullP99Ms)}`;
  }
  return `≥ 10 % of raw: ${verdict(ratio >= TARGETS.pglitePullRatio)}`;
}

function seedLine(name: string, db: DatabaseLoad): string {
  const s = db.seed;
  return (
    `- ${name}: ${s.couples.toLocaleString('en')} couples (${s.users.toLocaleString('en')} users): ` +
    `${s.bulk.couples.toLocaleString('en')} with ${s.bulk.recordsEach.toLocaleString('en')} records each, ` +
    `${s.measured.couples} measured couples with ${s.measured.recordsEach.toLocaleString('en')} records each ` +
    `(${s.measured.realCouples} of them real: OPAQUE sign-up, pairing, records sealed under their own keys). ` +
    `Total ${s.records.toLocaleString('en')} records, ${s.rows.toLocaleString('en')} rows, ${s.databaseMb.toLocaleString('en')} MB; ` +
    `seeded in ${s.seconds} s. Server ready ${db.serverStartSeconds} s after start; peak RSS ${db.serverPeakRssMb} MB.`
  );
}

export function renderLoad(load: LoadResults): string {
  const s = load.settings;
  const rows = [
    row('raw node:http hello (ceiling)', '–', load.rawHello, '–'),
    row('Fastify hello', '–', load.fastifyHello, '–'),
  ];
  for (const kind of ['postgres', 'pglite'] as const) {
    const db = load[kind];
    if (!db) continue;
    const name = kind === 'postgres' ? 'PostgreSQL' : 'PGlite';
    rows.push(
      row(
        `sync pull (${db.syncPull.recordsPerPull} records)`,
        name,
        db.syncPull,
        pullTarget(kind, db.syncPull),
      ),
    );
    rows.push(row('record write (new id)', name, db.write, '–'));
    rows.push(row(`daily mix (${mixLabel(db.dailyMix)})`, name, db.dailyMix, '–'));
  }
  const parts = [
    `### Load`,
    '',
    `autocannon ${s.connections} connections, ${s.durationS} s × ${s.repetitions} (median), ${s.warmupS} s warm-up, loopback 127.0.0.1${s.quick ? ', **quick mode**' : ''}. ` +
      'Cores = average CPU cores busy in the server process / the PostgreSQL backends of the benchmark database plus the shared background processes / the load generator. ' +
      'Req/s per core = req/s divided by the cores busy in server + database: it holds up when other work on the machine ' +
      'steals CPU, which plain req/s does not. Load avg = highest 1-minute load average before a repetition ' +
      '(above ~0.3 means something else was running). Errors = non-2xx + connection errors + timeouts (10 s).',
    '',
    table(
      [
        'scenario',
        'database',
        'req/s',
        'p50 ms',
        'p99 ms',
        'errors',
        'of raw',
        'req/s per core',
        'per core, of raw',
        'cores srv / pg / gen',
        'RSS MB',
        'load avg',
        'target',
      ],
      rows,
    ),
    '',
    'Seed:',
  ];
  if (load.postgres) parts.push(seedLine('PostgreSQL', load.postgres));
  if (load.pglite) parts.push(seedLine('PGlite', load.pglite));
  for (const kind of ['postgres', 'pglite'] as const) {
    const db = load[kind];
    if (!db) continue;
    const name = kind === 'postgres' ? 'PostgreSQL' : 'PGlite';
    parts.push(
      '',
      `Plan of one pull on ${name} as the server runs it (UNION ALL; a measured person, cursor in the middle of their history):`,
      '',
      '```',
      ...db.pullPlan.current,
      '```',
      '',
      `The earlier form with an OR over the two owners: ${planHeadline(db.pullPlan.previousOr)} ` +
        `— against ${planHeadline(db.pullPlan.current)} now.`,
    );
  }
  return parts.join('\n');
}

export function renderProfile(profile: ProfileResults): string {
  const cpu = profile.cpu
    ? ` Cores busy: server ${profile.cpu.serverCores}, PostgreSQL ${profile.cpu.postgresCores}, load generator ${profile.cpu.loadGeneratorCores}.`
    : '';
  return [
    `### Profile: sync pull on ${profile.database === 'postgres' ? 'PostgreSQL' : 'PGlite'}`,
    '',
    `V8 sampling profiler in the server child during ${profile.durationS} s of sync pull (steady state, after warm-up): ` +
      `${profile.rps} req/s, p99 ${profile.p99} ms under the profiler.${cpu} Profile: \`${profile.profileFile.replace(/^.*\/bench\//, 'bench/')}\`.`,
    '',
    'Top self time by function:',
    '',
    table(
      ['function', 'where', 'self ms', 'share'],
      profile.summary.topFunctions
        .slice(0, 15)
        .map((f) => [f.name, f.where ? `\`${f.where}\`` : '', f.selfMs, `${f.percent} %`]),
    ),
    '',
    'Self time by area:',
    '',
    table(
      ['area', 'self ms', 'share'],
      profile.summary.byArea.slice(0, 12).map((a) => [a.area, a.selfMs, `${a.percent} %`]),
    ),
  ].join('\n');
}
