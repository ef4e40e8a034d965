import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { Database } from '../../apps/server/src/db/database';
import { execSql } from './bench-database';
import { sealedSamples } from './sealed-samples';

/**
 * Bulk history straight into SQL (multi-row INSERT … SELECT over generate_series): going through
 * the API would take hours and measure the seeding, not the server. Rows are what the server
 * would have stored: valid v1 envelopes (real ciphertext under a throwaway key, so they do not
 * decrypt), couple ids on every couple-owned row, a global seq, and the history of all couples
 * interleaved in time so one couple's records are spread over the table as in real life.
 *
 * Couples 0 … measured-1 get `measuredHistory` records (the ones the load logs in as); the
 * others get `history`. Within a couple, slot k = (slot + couple) % 7 decides the scope:
 * 0 and 1 are the two partners' private records, 2–6 are shared.
 */
export interface BulkSeedSize {
  couples: number;
  history: number;
  measured: number;
  measuredHistory: number;
}

export interface BulkSeedReport {
  couples: number;
  users: number;
  records: number;
  seconds: number;
}

const SAMPLE_COUNT = 32;
const ROWS_PER_STATEMENT = 200_000;

export const seededUserId = (couple: number, partner: 'a' | 'b') =>
  md5Uuid(`bench-user-${partner}-${couple}`);
export const seededCoupleId = (couple: number) => md5Uuid(`bench-couple-${couple}`);

/** Same as PostgreSQL's md5(text)::uuid, so ids can be recomputed here without a query. */
function md5Uuid(text: string): string {
  const hex = createHash('md5').update(text).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export async function seedBulk(
  database: Database,
  size: BulkSeedSize,
  log: (line: string) => void,
): Promise<BulkSeedReport> {
  if (size.measured > size.couples) throw new Error('measured couples cannot exceed the couples seeded');
  if (size.measuredHistory < size.history) throw new Error('--measured-history must be at least --history');
  const started = performance.now();
  const samples = sealedSamples(SAMPLE_COUNT);
  const bodies = sqlTextArray(samples.map((s) => s.body));
  const deks = sqlTextArray(samples.map((s) => s.wrappedDek));
  // Wrapped keys of seeded people: a real (short) envelope, never opened by the load.
  const envelope = `'${samples[0]!.wrappedDek}'`;

  await inTransaction(database, [
    `insert into users (id, handle, opaque_record, recovery_opaque_record, identity, umk_by_password, umk_by_recovery, identity_wrapped, pdk_wrapped, created_at)
     select md5('bench-user-' || p || '-' || c)::uuid, 'bench-' || p || '-' || c, 'seeded-opaque-record', 'seeded-opaque-record',
            jsonb_build_object('userId', md5('bench-user-' || p || '-' || c)::uuid, 'x25519', 'seeded', 'ed25519', 'seeded', 'signature', 'seeded'),
            ${envelope}, ${envelope}, ${envelope}, ${envelope}, now() - interval '400 days'
     from generate_series(0, ${size.couples - 1}) c, (values ('a'), ('b')) partner(p)`,
    `insert into couples (id, status, epoch, inviter_id, confirmed_by_inviter, created_at)
     select md5('bench-couple-' || c)::uuid, 'active', 0, md5('bench-user-a-' || c)::uuid, true, now() - interval '390 days'
     from generate_series(0, ${size.couples - 1}) c`,
    `insert into couple_members (couple_id, user_id, role, joined_at, current)
     select md5('bench-couple-' || c)::uuid, md5('bench-user-' || p || '-' || c)::uuid,
            case p when 'a' then 'inviter' else 'joiner' end, now() - interval '390 days', true
     from generate_series(0, ${size.couples - 1}) c, (values ('a'), ('b')) partner(p)`,
    `insert into couple_keys (user_id, couple_id, epoch, wrapped)
     select md5('bench-user-' || p || '-' || c)::uuid, md5('bench-couple-' || c)::uuid, 0, ${envelope}
     from generate_series(0, ${size.couples - 1}) c, (values ('a'), ('b')) partner(p)`,
  ]);
  log(`  seeded ${size.couples} couples (${size.couples * 2} users) in ${seconds(started)} s`);

  // Slots [0, history) hold every couple; slots [history, measuredHistory) only the measured ones.
  const all = size.couples;
  const few = size.measured;
  let records = 0;
  const regions = [
    { from: 0, to: size.history, couples: all, base: 0 },
    { from: size.history, to: size.measuredHistory, couples: few, base: size.history * all },
  ];
  for (const region of regions) {
    if (region.couples === 0 || region.to <= region.from) continue;
    const slotsPerStatement = Math.max(1, Math.floor(ROWS_PER_STATEMENT / region.couples));
    for (let from = region.from; from < region.to; from += slotsPerStatement) {
      const to = Math.min(region.to, from + slotsPerStatement);
      const seqExpr = `${region.base} + (i - ${region.from}) * ${region.couples} + c + 1`;
      await inTransaction(database, [
        `insert into records (id, scope, owner_user_id, couple_id, author_id, version, key_epoch, wrapped_dek, body, deleted, seq, updated_at)
         select md5('bench-record-' || seq)::uuid,
                case when k < 2 then 'user' else 'couple' end,
                case k when 0 then ua when 1 then ub end,
                case when k < 2 then null else cp end,
                case when k = 0 then ua when k = 1 then ub when (i + c) % 2 = 0 then ua else ub end,
                1, 0, (${deks})[1 + seq % ${SAMPLE_COUNT}], (${bodies})[1 + seq % ${SAMPLE_COUNT}], false, seq,
                date_trunc('minute', now() - make_interval(secs => (${size.measuredHistory} - i) * ${Math.floor(31_536_000 / size.measuredHistory)}))
         from (
           select i, c, ${seqExpr} as seq, (i + c) % 7 as k,
                  md5('bench-user-a-' || c)::uuid as ua, md5('bench-user-b-' || c)::uuid as ub, md5('bench-couple-' || c)::uuid as cp
           from generate_series(${from}, ${to - 1}) i, generate_series(0, ${region.couples - 1}) c
         ) slots
         order by seq`,
      ]);
      records += (to - from) * region.couples;
      log(`  records: ${records.toLocaleString('en')} after ${seconds(started)} s`);
    }
  }
  await execSql(database, `select setval('record_seq', greatest((select max(seq) from records), 1))`);
  await execSql(database, 'vacuum analyze');
  log(`  vacuum analyze done after ${seconds(started)} s`);
  return { couples: size.couples, users: size.couples * 2, records, seconds: Number(seconds(started)) };
}

/**
 * One transaction per statement batch, with foreign-key triggers off (session_replication_role):
 * the rows are consistent by construction and checking each one would triple the seeding time.
 */
async function inTransaction(database: Database, statements: string[]): Promise<void> {
  await database.db.transaction(async (tx) => {
    await tx.execute(sql.raw('set local session_replication_role = replica'));
    for (const statement of statements) await tx.execute(sql.raw(statement));
  });
}

function sqlTextArray(values: string[]): string {
  return `array[${values.map((v) => `'${v.replace(/'/g, "''")}'`).join(',')}]::text[]`;
}

function seconds(since: number): string {
  return ((performance.now() - since) / 1000).toFixed(1);
}
