import { parseArgs } from 'node:util';
import { parseOptions, type SeedSize } from '../lib/options';
import type { DbKind } from '../load/bench-database';

/**
 * `npm run soak -- [--minutes 10] [--db pglite|postgres] [--connections 100] [--sample-seconds 10]
 * [--pg-url postgres://…] [--keep] [--no-record]`. The seed is the load bench's quick seed: the soak is about
 * staying healthy over time, not about the size of the data.
 */
export interface SoakOptions {
  minutes: number;
  db: DbKind;
  connections: number;
  sampleSeconds: number;
  seed: SeedSize;
  pgUrl: string;
  keep: boolean;
  /** false with --no-record: print the summary only (for trying the script out). */
  record: boolean;
}

export function parseSoakOptions(argv: string[]): SoakOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      minutes: { type: 'string', default: '10' },
      db: { type: 'string', default: 'pglite' },
      connections: { type: 'string', default: '100' },
      'sample-seconds': { type: 'string', default: '10' },
      'pg-url': { type: 'string' },
      keep: { type: 'boolean', default: false },
      'no-record': { type: 'boolean', default: false },
    },
  });
  const positive = (name: string, raw: string, integer: boolean): number => {
    const value = Number(raw);
    if (!Number.isFinite(value) || value <= 0 || (integer && !Number.isInteger(value)))
      throw new Error(`--${name} must be a positive ${integer ? 'whole ' : ''}number, got "${raw}".`);
    return value;
  };
  if (values.db !== 'pglite' && values.db !== 'postgres') throw new Error('--db must be pglite or postgres.');
  // The bench's own defaults (quick seed, PostgreSQL server), so both harnesses measure the same thing.
  const bench = parseOptions(['--quick', ...(values['pg-url'] ? [`--pg-url=${values['pg-url']}`] : [])]);
  return {
    minutes: positive('minutes', values.minutes, false),
    db: values.db,
    connections: positive('connections', values.connections, true),
    sampleSeconds: positive('sample-seconds', values['sample-seconds'], false),
    seed: values.db === 'postgres' ? bench.postgresSeed : bench.pgliteSeed,
    pgUrl: bench.pgUrl,
    keep: values.keep,
    record: !values['no-record'],
  };
}
