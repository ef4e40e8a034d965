import { and, asc, eq, exists, inArray, or, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db } from '../db/database';
import { revealAnswers } from '../db/schema';

export type RevealAnswerRow = typeof revealAnswers.$inferSelect;

/** Where a page of "my answers" ended: the last row's sort key. */
export interface AnswerCursor {
  createdAt: string;
  coupleId: string;
  tag: string;
}

export function createRevealsRepository(db: Db) {
  return {
    /** Inserts an answer once; undefined when this person already answered this tag (nothing is changed). */
    async insertOnce(row: typeof revealAnswers.$inferInsert): Promise<RevealAnswerRow | undefined> {
      const inserted = await db.insert(revealAnswers).values(row).onConflictDoNothing().returning();
      return inserted[0];
    },

    /**
     * The answers this person may read: their own, and another's only where they have answered
     * the same tag in the same couple. The rule lives in the WHERE clause, so no caller can serve
     * a partner's answer before the reader's own.
     */
    async readableAnswers(readerId: string, coupleIds: string[], tags: string[]): Promise<RevealAnswerRow[]> {
      if (coupleIds.length === 0 || tags.length === 0) return [];
      const mine = alias(revealAnswers, 'mine');
      return db
        .select()
        .from(revealAnswers)
        .where(
          and(
            inArray(revealAnswers.coupleId, coupleIds),
            inArray(revealAnswers.tag, tags),
            or(
              eq(revealAnswers.authorId, readerId),
              exists(
                db
                  .select({ one: mine.authorId })
                  .from(mine)
                  .where(
                    and(
                      eq(mine.coupleId, revealAnswers.coupleId),
                      eq(mine.tag, revealAnswers.tag),
                      eq(mine.authorId, readerId),
                    ),
                  ),
              ),
            ),
          ),
        );
    },

    /** Who answered which tag, without any ciphertext: enough to say "your partner has answered". */
    async answeredBy(coupleIds: string[], tags: string[]) {
      if (coupleIds.length === 0 || tags.length === 0) return [];
      return db
        .select({
          coupleId: revealAnswers.coupleId,
          tag: revealAnswers.tag,
          authorId: revealAnswers.authorId,
        })
        .from(revealAnswers)
        .where(and(inArray(revealAnswers.coupleId, coupleIds), inArray(revealAnswers.tag, tags)));
    },

    /** Every answer this person wrote, in any couple, oldest first, a page at a time (for export). */
    async authoredBy(userId: string, after: AnswerCursor | null, limit: number): Promise<RevealAnswerRow[]> {
      return db
        .select()
        .from(revealAnswers)
        .where(
          and(
            eq(revealAnswers.authorId, userId),
            after
              ? sql`(${revealAnswers.createdAt}, ${revealAnswers.coupleId}, ${revealAnswers.tag}) > (${after.createdAt}::timestamptz, ${after.coupleId}::uuid, ${after.tag})`
              : undefined,
          ),
        )
        .orderBy(asc(revealAnswers.createdAt), asc(revealAnswers.coupleId), asc(revealAnswers.tag))
        .limit(limit);
    },

    async deleteAuthoredBy(userId: string): Promise<void> {
      await db.delete(revealAnswers).where(eq(revealAnswers.authorId, userId));
    },
  };
}

export type RevealsRepository = ReturnType<typeof createRevealsRepository>;
