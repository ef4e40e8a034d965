import { and, eq, lt, ne, or } from 'drizzle-orm';
import type { Db } from '../db/database';
import { sessions, users } from '../db/schema';

export type SessionKind = 'full' | 'recovery';

export interface SessionRow {
  tokenHash: string;
  publicId: string;
  userId: string;
  kind: SessionKind;
  device: string;
  createdAt: Date;
  lastSeenAt: Date;
  expiresAt: Date;
  reauthUntil: Date | null;
}

export function createSessionsRepository(db: Db) {
  return {
    async insert(row: SessionRow): Promise<void> {
      await db.insert(sessions).values(row);
    },
    async findWithUser(tokenHash: string) {
      const rows = await db
        .select({ session: sessions, handle: users.handle })
        .from(sessions)
        .innerJoin(users, eq(users.id, sessions.userId))
        .where(eq(sessions.tokenHash, tokenHash))
        .limit(1);
      const row = rows[0];
      return row ? { session: row.session as SessionRow, handle: row.handle } : undefined;
    },
    async touch(tokenHash: string, lastSeenAt: Date): Promise<void> {
      await db.update(sessions).set({ lastSeenAt }).where(eq(sessions.tokenHash, tokenHash));
    },
    async update(
      tokenHash: string,
      values: Partial<Pick<SessionRow, 'kind' | 'reauthUntil'>>,
    ): Promise<void> {
      await db.update(sessions).set(values).where(eq(sessions.tokenHash, tokenHash));
    },
    async listForUser(userId: string): Promise<SessionRow[]> {
      return (await db.select().from(sessions).where(eq(sessions.userId, userId))) as SessionRow[];
    },
    async deleteByToken(tokenHash: string): Promise<void> {
      await db.delete(sessions).where(eq(sessions.tokenHash, tokenHash));
    },
    async deleteByPublicId(userId: string, publicId: string): Promise<boolean> {
      const deleted = await db
        .delete(sessions)
        .where(and(eq(sessions.userId, userId), eq(sessions.publicId, publicId)))
        .returning({ publicId: sessions.publicId });
      return deleted.length > 0;
    },
    async deleteOthers(userId: string, keepTokenHash: string): Promise<void> {
      await db
        .delete(sessions)
        .where(and(eq(sessions.userId, userId), ne(sessions.tokenHash, keepTokenHash)));
    },
    async deleteExpired(now: Date, idleBefore: Date): Promise<void> {
      await db.delete(sessions).where(or(lt(sessions.expiresAt, now), lt(sessions.lastSeenAt, idleBefore)));
    },
  };
}

export type SessionsRepository = ReturnType<typeof createSessionsRepository>;
