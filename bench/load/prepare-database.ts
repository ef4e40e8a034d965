import type { Database } from '../../apps/server/src/db/database';
import type { SeedSize } from '../lib/options';
import { seededRandom } from '../lib/stats';
import { execSql } from './bench-database';
import { PULL_PAGE, type MeasuredUser } from './hearth-scenarios';
import { createSeededSessions, pullCursors } from './measured-sessions';
import { explainPull, type PullPlans } from './pull-plan';
import { createRealCouple } from './real-couple';
import { seedBulk } from './seed-bulk';

export interface SeedSummary {
  couples: number;
  users: number;
  records: number;
  /** Rows in users, couples, couple_members, couple_keys, sessions and records together. */
  rows: number;
  bulk: { couples: number; recordsEach: number };
  measured: { couples: number; recordsEach: number; realCouples: number };
  seconds: number;
  databaseMb: number;
}

/**
 * Seeds, opens the measured sessions, picks cursors and records the pull plan, then closes the
 * database (PGlite allows one process at a time; the server child opens it next).
 */
export async function prepareDatabase(
  database: Database,
  seed: SeedSize,
  log: (line: string) => void,
): Promise<{ users: MeasuredUser[]; seed: SeedSummary; pullPlan: PullPlans }> {
  try {
    const started = performance.now();
    // The measured couples are one real couple (made through the API) plus seeded ones.
    const seededMeasured = Math.max(0, seed.measured - 1);
    const seededCouples = Math.max(seededMeasured, seed.couples - 1);
    const bulk = await seedBulk(
      database,
      {
        couples: seededCouples,
        history: seed.history,
        measured: seededMeasured,
        measuredHistory: seed.measuredHistory,
      },
      log,
    );
    const real = await createRealCouple(database, seed.measuredHistory);
    log(`  real couple: 2 users signed up with OPAQUE, paired, ${real.records} sealed records`);
    const seeded = await createSeededSessions(database, seededMeasured);
    await execSql(database, 'analyze');
    const random = seededRandom(42);
    const users: MeasuredUser[] = [];
    for (const user of [...real.users, ...seeded]) {
      users.push({ ...user, cursors: await pullCursors(database, user, PULL_PAGE + 1, 64, random) });
    }
    const counts = (
      await execSql<{ rows: string | number; records: string | number; mb: string | number }>(
        database,
        `select (select count(*) from records) as records,
                (select count(*) from records) + (select count(*) from users) + (select count(*) from couples)
                + (select count(*) from couple_members) + (select count(*) from couple_keys) + (select count(*) from sessions) as rows,
                pg_database_size(current_database()) / 1048576 as mb`,
      )
    )[0]!;
    const seconds = Number(((performance.now() - started) / 1000).toFixed(1));
    log(
      `  seeding finished in ${seconds} s (${Number(counts.records).toLocaleString('en')} records, ${counts.mb} MB)`,
    );
    const pullPlan = await explainPull(database, users[users.length - 1]!, PULL_PAGE);
    return {
      users,
      pullPlan,
      seed: {
        couples: bulk.couples + 1,
        users: bulk.users + 2,
        records: Number(counts.records),
        rows: Number(counts.rows),
        bulk: { couples: bulk.couples - seededMeasured, recordsEach: seed.history },
        measured: { couples: seededMeasured + 1, recordsEach: seed.measuredHistory, realCouples: 1 },
        seconds,
        databaseMb: Number(counts.mb),
      },
    };
  } finally {
    await database.close();
  }
}
