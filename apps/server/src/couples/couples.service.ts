import { randomUUID, timingSafeEqual } from 'node:crypto';
import { inviteAcceptVerifier } from '@hearth/crypto';
import type { AppContext } from '../context';
import type { Db } from '../db/database';
import { HearthError } from '../errors/catalogue';
import { createChangeNoticesRepository } from '../events/change-notices.repository';
import { createCouplesRepository, type CouplesRepository } from './couples.repository';

const HOUR_MS = 3_600_000;

export interface CoupleView {
  id: string;
  status: string;
  epoch: number;
  createdAt: string;
  members: Array<{
    userId: string;
    identity: { userId: string; x25519: string; ed25519: string; signature: string };
    role: string;
    joinedAt: string;
  }>;
  confirmedByInviter: boolean;
  acceptance: { inviteId: string; mac: string; joinerNote: string } | null;
}

export function createCouplesService(ctx: AppContext) {
  const db = ctx.database.db;
  const repo = createCouplesRepository(db);
  const inTransaction = <T>(work: (repo: CouplesRepository, tx: Db) => Promise<T>) =>
    db.transaction((tx) => work(createCouplesRepository(tx as unknown as Db), tx as unknown as Db));

  async function view(r: CouplesRepository, coupleId: string, viewerId: string): Promise<CoupleView | null> {
    const couple = await r.findCouple(coupleId);
    if (!couple) return null;
    const members = await r.members(coupleId, couple.status !== 'unlinked');
    const viewerIsInviter = couple.inviterId === viewerId;
    return {
      id: couple.id,
      status: couple.status,
      epoch: couple.epoch,
      createdAt: couple.createdAt.toISOString(),
      members: members.map((member) => ({
        userId: member.userId,
        identity: member.identity,
        role: member.role,
        joinedAt: member.joinedAt.toISOString(),
      })),
      confirmedByInviter: couple.confirmedByInviter,
      acceptance:
        viewerIsInviter && couple.acceptanceInviteId && couple.acceptanceMac && couple.acceptanceJoinerNote
          ? {
              inviteId: couple.acceptanceInviteId,
              mac: couple.acceptanceMac,
              joinerNote: couple.acceptanceJoinerNote,
            }
          : null,
    };
  }

  async function requireCurrent(r: CouplesRepository, userId: string) {
    const current = await r.currentCoupleOf(userId);
    if (!current) throw new HearthError('HEARTH_COUPLE_NOT_FOUND');
    return current;
  }

  async function notifyMembers(tx: Db, r: CouplesRepository, coupleId: string, extra: string[] = []) {
    const members = await r.members(coupleId, false);
    const userIds = [...new Set([...members.map((m) => m.userId), ...extra])];
    await createChangeNoticesRepository(tx).publish({ kind: 'couple', userIds });
  }

  return {
    async current(userId: string): Promise<CoupleView | null> {
      const current = await repo.currentCoupleOf(userId);
      return current ? view(repo, current.couple.id, userId) : null;
    },

    async create(userId: string): Promise<CoupleView> {
      return inTransaction(async (r) => {
        const current = await r.currentCoupleOf(userId);
        if (current?.couple.status === 'active') throw new HearthError('HEARTH_ALREADY_PAIRED');
        const coupleId = current?.couple.id ?? randomUUID();
        if (!current) await r.insertCouple(coupleId, userId, ctx.clock.now());
        return (await view(r, coupleId, userId))!;
      });
    },

    async createInvite(
      userId: string,
      input: {
        inviteId: string;
        coupleId: string;
        bundle: string;
        inviterSecret: string;
        acceptVerifier: string;
        expiresInHours: number;
      },
    ) {
      const current = await requireCurrent(repo, userId);
      if (current.couple.id !== input.coupleId) throw new HearthError('HEARTH_COUPLE_NOT_FOUND');
      if (current.couple.status !== 'pending' || current.role !== 'inviter')
        throw new HearthError('HEARTH_ALREADY_PAIRED');
      const now = ctx.clock.now();
      const expiresAt = new Date(now.getTime() + input.expiresInHours * HOUR_MS);
      if (await repo.findInvite(input.inviteId)) {
        throw new HearthError('HEARTH_VALIDATION', {
          message: 'That invitation already exists; make a new link.',
        });
      }
      await repo.insertInvite({
        id: input.inviteId,
        coupleId: input.coupleId,
        inviterId: userId,
        bundle: input.bundle,
        inviterSecret: input.inviterSecret,
        acceptVerifier: input.acceptVerifier,
        createdAt: now,
        expiresAt,
      });
      return { inviteId: input.inviteId, expiresAt: expiresAt.toISOString() };
    },

    async listInvites(userId: string) {
      const current = await repo.currentCoupleOf(userId);
      if (!current || current.couple.status !== 'pending') return [];
      const now = ctx.clock.now();
      return (await repo.invitesOfCouple(current.couple.id))
        .filter((invite) => !invite.consumedAt && invite.expiresAt > now && invite.inviterId === userId)
        .map((invite) => ({
          inviteId: invite.id,
          expiresAt: invite.expiresAt.toISOString(),
          createdAt: invite.createdAt.toISOString(),
          inviterSecret: invite.inviterSecret,
        }));
    },

    async revokeInvite(userId: string, inviteId: string) {
      if (!(await repo.deleteInvite(inviteId, userId))) throw new HearthError('HEARTH_INVITE_NOT_FOUND');
    },

    async getInvite(inviteId: string) {
      const invite = await repo.findInvite(inviteId);
      if (!invite || invite.consumedAt) throw new HearthError('HEARTH_INVITE_NOT_FOUND');
      if (invite.expiresAt <= ctx.clock.now()) throw new HearthError('HEARTH_INVITE_EXPIRED');
      return {
        inviteId: invite.id,
        coupleId: invite.coupleId,
        bundle: invite.bundle,
        expiresAt: invite.expiresAt.toISOString(),
      };
    },

    /** Single use and atomic: the invite row is locked, so of two concurrent accepts one wins. */
    async acceptInvite(
      userId: string,
      inviteId: string,
      input: { acceptToken: string; mac: string; joinerNote: string },
    ) {
      return inTransaction(async (r, tx) => {
        const invite = await r.lockInvite(inviteId);
        if (!invite || invite.consumedAt) throw new HearthError('HEARTH_INVITE_NOT_FOUND');
        const now = ctx.clock.now();
        if (invite.expiresAt <= now) throw new HearthError('HEARTH_INVITE_EXPIRED');
        // Knowing the id (it travels in URLs) is not enough: only the link's holder has the token.
        if (!invite.acceptVerifier || !acceptTokenMatches(input.acceptToken, invite.acceptVerifier))
          throw new HearthError('HEARTH_INVITE_SECRET_MISMATCH');
        if (invite.inviterId === userId) throw new HearthError('HEARTH_OWN_INVITE');
        await r.lockCouple(invite.coupleId);
        const couple = await r.findCouple(invite.coupleId);
        const members = await r.members(invite.coupleId);
        if (!couple || couple.status === 'unlinked') throw new HearthError('HEARTH_INVITE_NOT_FOUND');
        if (couple.status !== 'pending' || members.length >= 2) throw new HearthError('HEARTH_COUPLE_FULL');
        const mine = await r.currentCoupleOf(userId);
        if (mine?.couple.status === 'active') throw new HearthError('HEARTH_ALREADY_PAIRED');
        // Joining supersedes a couple I had started but nobody had joined yet.
        if (mine) await r.deleteCouple(mine.couple.id);
        await r.consumeInvite(inviteId, now);
        await r.addJoiner(invite.coupleId, userId, now);
        await r.updateCouple(invite.coupleId, {
          status: 'active',
          acceptanceInviteId: inviteId,
          acceptanceMac: input.mac,
          acceptanceJoinerNote: input.joinerNote,
        });
        await notifyMembers(tx, r, invite.coupleId);
        return (await view(r, invite.coupleId, userId))!;
      });
    },

    async confirm(userId: string) {
      return inTransaction(async (r, tx) => {
        const current = await requireCurrent(r, userId);
        if (current.role !== 'inviter' || current.couple.status !== 'active') {
          throw new HearthError('HEARTH_VALIDATION', {
            message: 'Only the person who sent the invitation confirms it.',
          });
        }
        await r.updateCouple(current.couple.id, { confirmedByInviter: true });
        await notifyMembers(tx, r, current.couple.id);
        return (await view(r, current.couple.id, userId))!;
      });
    },

    /** Unilateral and immediate: shared writes stop; what was shared stays as a read-only archive. */
    async unlink(userId: string) {
      await inTransaction(async (r, tx) => {
        const current = await requireCurrent(r, userId);
        await r.lockCouple(current.couple.id);
        await r.updateCouple(current.couple.id, { status: 'unlinked', unlinkedAt: ctx.clock.now() });
        await r.endMemberships(current.couple.id);
        await r.deleteInvitesOfCouple(current.couple.id);
        await notifyMembers(tx, r, current.couple.id);
      });
    },

    async putCoupleKey(userId: string, input: { coupleId: string; epoch: number; wrapped: string }) {
      const current = await repo.currentCoupleOf(userId);
      if (!current || current.couple.id !== input.coupleId) throw new HearthError('HEARTH_COUPLE_NOT_FOUND');
      if (input.epoch !== current.couple.epoch) {
        throw new HearthError('HEARTH_VALIDATION', {
          message: `The couple key epoch must be ${current.couple.epoch}.`,
        });
      }
      await repo.upsertCoupleKey(userId, input.coupleId, input.epoch, input.wrapped);
    },

    async coupleKeysOf(userId: string) {
      return (await repo.coupleKeysOf(userId)).map((row) => ({
        coupleId: row.coupleId,
        epoch: row.epoch,
        wrapped: row.wrapped,
      }));
    },
  };
}

function acceptTokenMatches(token: string, verifier: string): boolean {
  const expected = Buffer.from(verifier);
  const actual = Buffer.from(inviteAcceptVerifier(token));
  return expected.length === actual.length && timingSafeEqual(expected, actual);
}

export type CouplesService = ReturnType<typeof createCouplesService>;
