import type { Database } from '../../apps/server/src/db/database';
import { execSql } from './bench-database';
import type { MeasuredUser } from './hearth-scenarios';

export interface PullPlans {
  /**
   * EXPLAIN ANALYZE of what GET /api/sync runs: two index-ordered scans merged with UNION ALL,
   * each stopping after one page (records.repository.ts).
   */
  current: string[];
  /** The earlier single query with an OR over the two owners, kept for comparison. */
  previousOr: string[];
}

/** Plans for one pull from the middle of a measured person's history. */
export async function explainPull(database: Database, user: MeasuredUser, limit: number): Promise<PullPlans> {
  const cursor = user.cursors[Math.floor(user.cursors.length / 2)] ?? 0;
  const mine = `records.scope = 'user' and records.owner_user_id = '${user.userId}'`;
  const ours = `records.couple_id in ('${user.coupleId}')`;
  const explain = async (query: string) =>
    (await execSql<{ 'QUERY PLAN': string }>(database, `explain (analyze, buffers) ${query}`)).map(
      (row) => row['QUERY PLAN'],
    );
  return {
    current: await explain(
      `select * from (
         (select * from records where records.seq > ${cursor} and ${mine} order by records.seq limit ${limit + 1})
         union all
         (select * from records where records.seq > ${cursor} and ${ours} order by records.seq limit ${limit + 1})
       ) visible order by seq limit ${limit + 1}`,
    ),
    previousOr: await explain(
      `select * from records where records.seq > ${cursor} and ((${mine}) or ${ours}) order by records.seq asc limit ${limit + 1}`,
    ),
  };
}

/** "Execution Time: 0.9 ms" and the first Buffers line: enough to compare two plans at a glance. */
export function planHeadline(plan: string[]): string {
  const time = plan.find((line) => line.trim().startsWith('Execution Time'))?.trim() ?? '';
  const buffers = plan.find((line) => line.trim().startsWith('Buffers'))?.trim() ?? '';
  return [time, buffers].filter(Boolean).join(', ');
}
