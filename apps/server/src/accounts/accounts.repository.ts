import { and, eq, gt, lt } from 'drizzle-orm';
import type { Db } from '../db/database';
import { loginAttempts, pendingRegistrations, users, type PublicIdentityColumn } from '../db/schema';

export interface NewUser {
  id: string;
  handle: string;
  opaqueRecord: string;
  recoveryOpaqueRecord: string;
  identity: PublicIdentityColumn;
  umkByPassword: string;
  umkByRecovery: string;
  identityWrapped: string;
  pdkWrapped: string;
}

export function createAccountsRepository(db: Db) {
  return {
    async findByHandle(handle: string) {
      return (await db.select().from(users).where(eq(users.handle, handle)).limit(1))[0];
    },
    async findById(id: string) {
      return (await db.select().from(users).where(eq(users.id, id)).limit(1))[0];
    },
    /** Returns false when the handle was taken in the meantime. */
    async deleteUser(id: string): Promise<void> {
      await db.delete(users).where(eq(users.id, id));
    },
    async insertUser(user: NewUser): Promise<boolean> {
      const inserted = await db.insert(users).values(user).onConflictDoNothing().returning({ id: users.id });
      return inserted.length > 0;
    },
    /**
     * Each sign-up attempt gets its own user id, even for a handle someone else is still
     * registering: the newest attempt holds the reservation, and an older one finishing late is
     * told to start again, so two people never share an id.
     */
    async reservePending(handle: string, userId: string, expiresAt: Date): Promise<string> {
      await db
        .insert(pendingRegistrations)
        .values({ handle, userId, expiresAt })
        .onConflictDoUpdate({ target: pendingRegistrations.handle, set: { userId, expiresAt } });
      return userId;
    },
    async findPending(handle: string, now: Date) {
      return (
        await db
          .select()
          .from(pendingRegistrations)
          .where(and(eq(pendingRegistrations.handle, handle), gt(pendingRegistrations.expiresAt, now)))
          .limit(1)
      )[0];
    },
    async deletePending(handle: string): Promise<void> {
      await db.delete(pendingRegistrations).where(eq(pendingRegistrations.handle, handle));
    },
    async insertLoginAttempt(row: typeof loginAttempts.$inferInsert): Promise<void> {
      await db.insert(loginAttempts).values(row);
    },
    /** Single use: the attempt is deleted as it is read. */
    async takeLoginAttempt(id: string) {
      return (await db.delete(loginAttempts).where(eq(loginAttempts.id, id)).returning())[0];
    },
    async deleteExpiredLoginAttempts(now: Date): Promise<void> {
      await db.delete(loginAttempts).where(lt(loginAttempts.expiresAt, now));
      await db.delete(pendingRegistrations).where(lt(pendingRegistrations.expiresAt, now));
    },
    async updatePassword(userId: string, opaqueRecord: string, umkByPassword: string): Promise<void> {
      await db.update(users).set({ opaqueRecord, umkByPassword }).where(eq(users.id, userId));
    },
  };
}

export type AccountsRepository = ReturnType<typeof createAccountsRepository>;
