import { and, asc, eq, gt, inArray, or, sql } from 'drizzle-orm';
import type { Db } from '../db/database';
import { records } from '../db/schema';

export type RecordRow = typeof records.$inferSelect;

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
      values: Pick<RecordRow, 'authorId' | 'version' | 'keyEpoch' | 'wrappedDek' | 'body' | 'deleted' | 'updatedAt'>,
    ): Promise<RecordRow> {
      const updated = await db
        .update(records)
        .set({ ...values, seq: sql`nextval('record_seq')` })
        .where(eq(records.id, id))
        .returning();
      return updated[0]!;
    },
    /** Records the person can see after `cursor`: their own user scope and their couples' scope. */
    async pull(userId: string, coupleIds: string[], cursor: number, limit: number): Promise<RecordRow[]> {
      const visible =
        coupleIds.length > 0
          ? or(and(eq(records.scope, 'user'), eq(records.ownerUserId, userId)), inArray(records.coupleId, coupleIds))
          : and(eq(records.scope, 'user'), eq(records.ownerUserId, userId));
      return db
        .select()
        .from(records)
        .where(and(gt(records.seq, cursor), visible))
        .orderBy(asc(records.seq))
        .limit(limit);
    },
    async deleteAuthoredBy(userId: string): Promise<void> {
      await db.delete(records).where(or(eq(records.authorId, userId), eq(records.ownerUserId, userId)));
    },
  };
}

export type RecordsRepository = ReturnType<typeof createRecordsRepository>;
