/**
 * Command line: `npm run bench -- [part…] [--flag[=value]…]`. No part means every part.
 * Flags (all optional):
 *   --quick                 1 repetition of 3 s each and a small seed: a fast sanity run
 *                           (client and page: 1,000 records over 50 days, one run each)
 *   --duration=S --reps=N --connections=N --warmup=S
 *   --db=pglite|postgres|both
 *   --couples=N --history=N                     PostgreSQL bulk seed: couples × records each
 *   --measured=N --measured-history=N           couples driven by the load, each with this history
 *   --pglite-couples=N --pglite-history=N       PGlite bulk seed (smaller: it is one process)
 *   --pg-url=postgres://…                       server to create the throwaway database on
 *   --keep                                      keep the benchmark databases afterwards
 */
export const ALL_PARTS = ['load', 'bundle', 'client', 'profile', 'page'] as const;
export const KNOWN_PARTS = ALL_PARTS;
export type Part = (typeof KNOWN_PARTS)[number];

export interface SeedSize {
  couples: number;
  history: number;
  measured: number;
  measuredHistory: number;
}

export interface BenchOptions {
  parts: Part[];
  quick: boolean;
  durationS: number;
  repetitions: number;
  connections: number;
  warmupS: number;
  databases: Array<'pglite' | 'postgres'>;
  postgresSeed: SeedSize;
  pgliteSeed: SeedSize;
  pgUrl: string;
  keep: boolean;
}

export function parseOptions(argv: string[]): BenchOptions {
  const flags = new Map<string, string>();
  const parts: Part[] = [];
  for (const arg of argv) {
    if (arg.startsWith('--')) {
      const [name, value = 'true'] = arg.slice(2).split('=', 2) as [string, string?];
      flags.set(name, value);
    } else if ((KNOWN_PARTS as readonly string[]).includes(arg)) {
      parts.push(arg as Part);
    } else {
      throw new Error(`Unknown part "${arg}". Known parts: ${KNOWN_PARTS.join(', ')}.`);
    }
  }
  const quick = flags.get('quick') === 'true';
  const int = (name: string, fallback: number): number => {
    const raw = flags.get(name);
    if (raw === undefined) return fallback;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < 0)
      throw new Error(`--${name} must be a whole number, got "${raw}".`);
    return value;
  };
  const db = flags.get('db') ?? 'both';
  if (!['pglite', 'postgres', 'both'].includes(db)) throw new Error('--db must be pglite, postgres or both.');
  const measured = int('measured', quick ? 20 : 50);
  const measuredHistory = int('measured-history', quick ? 1_000 : 7_000);
  return {
    parts: parts.length > 0 ? parts : [...ALL_PARTS],
    quick,
    durationS: int('duration', quick ? 3 : 10),
    repetitions: Math.max(1, int('reps', quick ? 1 : 3)),
    connections: Math.max(1, int('connections', 100)),
    warmupS: int('warmup', quick ? 1 : 3),
    databases: db === 'both' ? ['pglite', 'postgres'] : [db as 'pglite' | 'postgres'],
    postgresSeed: {
      couples: int('couples', quick ? 200 : 10_000),
      history: int('history', quick ? 50 : 365),
      measured,
      measuredHistory,
    },
    pgliteSeed: {
      couples: int('pglite-couples', quick ? 100 : 1_000),
      history: int('pglite-history', quick ? 50 : 365),
      measured,
      measuredHistory,
    },
    pgUrl:
      flags.get('pg-url') ?? process.env.HEARTH_BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres',
    keep: flags.get('keep') === 'true',
  };
}
