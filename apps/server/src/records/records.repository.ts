import { eq, or, sql } from 'drizzle-orm';
import type { Db } from '../db/database';
import { records } from '../db/schema';

export type RecordRow = typeof records.$inferSelect;

const recordColumns =
  'id, scope, owner_user_id, couple_id, author_id, version, key_epoch, wrapped_dek, body, deleted, seq, updated_at';

interface RawRecordRow {
  id: string;
  scope: string;
  owner_user_id: string | null;
  couple_id: string | null;
  author_id: string;
  version: number;
  key_epoch: number;
  wrapped_dek: string | null;
  body: string | null;
  deleted: boolean;
  seq: string | number | bigint;
  updated_at: Date | string;
}

// Drivers differ on int8 (node-postgres: string) and may hand back timestamps as text.
function fromRawRow(row: RawRecordRow): RecordRow {
  return {
    id: row.id,
    scope: row.scope,
    ownerUserId: row.owner_user_id,
    coupleId: row.couple_id,
    authorId: row.author_id,
    version: Number(row.version),
    keyEpoch: Number(row.key_epoch),
    wrappedDek: row.wrapped_dek,
    body: row.body,
    deleted: row.deleted,
    seq: Number(row.seq),
    updatedAt: row.updated_at instanceof Date ? row.updated_at : new Date(row.updated_at),
  };
}

export function createRecordsRepository(db: Db) {
  return {
    async lockById(id: string): Promise<RecordRow | undefined> {
      await db.execute(sql`select id from records where id = ${id} for update`);
      return (await db.select().from(records).where(eq(records.id, id)).limit(1))[0];
    },
    async insert(row: Omit<typeof records.$inferInsert, 'seq'>): Promise<RecordRow | undefined> {
      const inserted = await db.insert(records).values(row).onConflictDoNothing().returning();
      return inserted[0];
    },
    async update(
      id: string,
      values: Pick<
        RecordRow,
        'authorId' | 'version' | 'keyEpoch' | 'wrappedDek' | 'body' | 'deleted' | 'updatedAt'
      >,
    ): Promise<RecordRow> {
      const updated = await db
        .update(records)
        .set({ ...values, seq: sql`nextval('record_seq')` })
        .where(eq(records.id, id))
        .returning();
      return updated[0]!;
    },
    /**
     * Records the person can see after `cursor`: their own user scope and their couples' scope.
     * One index range scan per owner merged with UNION ALL: an OR over the two owners made
     * PostgreSQL fetch and sort every later row (bench/RESULTS.md, 10 ms → 0.15 ms per pull).
     */
    async pull(userId: string, coupleIds: string[], cursor: number, limit: number): Promise<RecordRow[]> {
      const branch = (column: 'owner_user_id' | 'couple_id', id: string) =>
        sql`(select ${sql.raw(recordColumns)} from records where ${sql.raw(column)} = ${id} and seq > ${cursor} order by seq limit ${limit})`;
      const branches = [branch('owner_user_id', userId), ...coupleIds.map((id) => branch('couple_id', id))];
      const result = await db.execute(
        sql`select * from (${sql.join(branches, sql` union all `)}) as visible order by seq limit ${limit}`,
      );
      return (result as unknown as { rows: RawRecordRow[] }).rows.map(fromRawRow);
    },
    async deleteAuthoredBy(userId: string): Promise<void> {
      await db.delete(records).where(or(eq(records.authorId, userId), eq(records.ownerUserId, userId)));
    },
  };
}

export type RecordsRepository = ReturnType<typeof createRecordsRepository>;
