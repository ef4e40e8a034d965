import { and, eq, inArray, isNotNull, lt, or, sql } from 'drizzle-orm';
import type { Db } from '../db/database';
import { coupleKeys, coupleMembers, couples, invites, users } from '../db/schema';

export type CoupleStatus = 'pending' | 'active' | 'unlinked';

export function createCouplesRepository(db: Db) {
  return {
    async currentCoupleOf(userId: string) {
      const rows = await db
        .select({ couple: couples, role: coupleMembers.role })
        .from(coupleMembers)
        .innerJoin(couples, eq(couples.id, coupleMembers.coupleId))
        .where(and(eq(coupleMembers.userId, userId), eq(coupleMembers.current, true)))
        .limit(1);
      return rows[0];
    },
    /** Every couple the person belongs or belonged to: the current one and read-only archives. */
    async allCoupleIdsOf(userId: string): Promise<string[]> {
      const rows = await db
        .select({ coupleId: coupleMembers.coupleId })
        .from(coupleMembers)
        .where(eq(coupleMembers.userId, userId));
      return rows.map((row) => row.coupleId);
    },
    async lockCouple(coupleId: string) {
      const rows = await db.execute(sql`select id from couples where id = ${coupleId} for update`);
      return rows;
    },
    async findCouple(coupleId: string) {
      return (await db.select().from(couples).where(eq(couples.id, coupleId)).limit(1))[0];
    },
    async members(coupleId: string, onlyCurrent = true) {
      return db
        .select({
          userId: coupleMembers.userId,
          role: coupleMembers.role,
          joinedAt: coupleMembers.joinedAt,
          current: coupleMembers.current,
          identity: users.identity,
        })
        .from(coupleMembers)
        .innerJoin(users, eq(users.id, coupleMembers.userId))
        .where(
          onlyCurrent
            ? and(eq(coupleMembers.coupleId, coupleId), eq(coupleMembers.current, true))
            : eq(coupleMembers.coupleId, coupleId),
        );
    },
    async insertCouple(coupleId: string, inviterId: string, now: Date) {
      await db
        .insert(couples)
        .values({ id: coupleId, status: 'pending', epoch: 0, inviterId, createdAt: now });
      await db
        .insert(coupleMembers)
        .values({ coupleId, userId: inviterId, role: 'inviter', joinedAt: now, current: true });
    },
    async addJoiner(coupleId: string, userId: string, now: Date) {
      await db
        .insert(coupleMembers)
        .values({ coupleId, userId, role: 'joiner', joinedAt: now, current: true });
    },
    async updateCouple(coupleId: string, values: Partial<typeof couples.$inferInsert>) {
      await db.update(couples).set(values).where(eq(couples.id, coupleId));
    },
    async endMemberships(coupleId: string) {
      await db.update(coupleMembers).set({ current: false }).where(eq(coupleMembers.coupleId, coupleId));
    },
    async deleteCouple(coupleId: string) {
      await db.delete(couples).where(eq(couples.id, coupleId));
    },
    async insertInvite(row: typeof invites.$inferInsert) {
      await db.insert(invites).values(row);
    },
    async lockInvite(inviteId: string) {
      await db.execute(sql`select id from invites where id = ${inviteId} for update`);
      return (await db.select().from(invites).where(eq(invites.id, inviteId)).limit(1))[0];
    },
    async findInvite(inviteId: string) {
      return (await db.select().from(invites).where(eq(invites.id, inviteId)).limit(1))[0];
    },
    async invitesOfCouple(coupleId: string) {
      return db.select().from(invites).where(eq(invites.coupleId, coupleId));
    },
    async consumeInvite(inviteId: string, now: Date) {
      await db.update(invites).set({ consumedAt: now }).where(eq(invites.id, inviteId));
    },
    async deleteInvite(inviteId: string, inviterId: string): Promise<boolean> {
      const rows = await db
        .delete(invites)
        .where(and(eq(invites.id, inviteId), eq(invites.inviterId, inviterId)))
        .returning({ id: invites.id });
      return rows.length > 0;
    },
    async deleteInvitesOfCouple(coupleId: string) {
      await db.delete(invites).where(eq(invites.coupleId, coupleId));
    },
    async deleteInvitesFrom(inviterId: string) {
      await db.delete(invites).where(eq(invites.inviterId, inviterId));
    },
    /** Invitations past their expiry, and used ones consumed before `consumedBefore`. */
    async deleteExpiredInvites(now: Date, consumedBefore: Date) {
      await db
        .delete(invites)
        .where(
          or(
            lt(invites.expiresAt, now),
            and(isNotNull(invites.consumedAt), lt(invites.consumedAt, consumedBefore)),
          ),
        );
    },
    async clearJoinerAcceptance(coupleId: string) {
      await db
        .update(couples)
        .set({ acceptanceJoinerNote: null, acceptanceMac: null, acceptanceInviteId: null })
        .where(eq(couples.id, coupleId));
    },
    async upsertCoupleKey(userId: string, coupleId: string, epoch: number, wrapped: string) {
      await db
        .insert(coupleKeys)
        .values({ userId, coupleId, epoch, wrapped })
        .onConflictDoUpdate({
          target: [coupleKeys.userId, coupleKeys.coupleId, coupleKeys.epoch],
          set: { wrapped },
        });
    },
    async coupleKeysOf(userId: string) {
      return db.select().from(coupleKeys).where(eq(coupleKeys.userId, userId));
    },
    async coupleIdsWithoutMembers(coupleIds: string[]) {
      if (coupleIds.length === 0) return [];
      const rows = await db
        .select({ coupleId: coupleMembers.coupleId })
        .from(coupleMembers)
        .where(inArray(coupleMembers.coupleId, coupleIds));
      const withMembers = new Set(rows.map((row) => row.coupleId));
      return coupleIds.filter((id) => !withMembers.has(id));
    },
  };
}

export type CouplesRepository = ReturnType<typeof createCouplesRepository>;
