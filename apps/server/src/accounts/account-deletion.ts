import type { AppContext } from '../context';
import type { Db } from '../db/database';
import { createAccountsRepository } from './accounts.repository';
import { createAuthThrottleRepository } from './auth-throttle.repository';
import { createCouplesRepository } from '../couples/couples.repository';
import { createChangeNoticesRepository } from '../events/change-notices.repository';
import { createRecordsRepository } from '../records/records.repository';
import { createRevealsRepository } from '../reveals/reveals.repository';

/**
 * Deletes a person and everything that refers to them: their records (private and what they
 * wrote for the couple), keys, sessions, invites and memberships. The partner gets a neutral
 * couple notice and keeps what they wrote themselves.
 */
export async function deleteAccount(ctx: AppContext, userId: string, handle: string): Promise<void> {
  await ctx.database.db.transaction(async (rawTx) => {
    const tx = rawTx as unknown as Db;
    const couplesRepo = createCouplesRepository(tx);
    const coupleIds = await couplesRepo.allCoupleIdsOf(userId);
    const current = await couplesRepo.currentCoupleOf(userId);
    const partnerIds = current
      ? (await couplesRepo.members(current.couple.id)).map((m) => m.userId).filter((id) => id !== userId)
      : [];
    if (current) {
      await couplesRepo.updateCouple(current.couple.id, { status: 'unlinked', unlinkedAt: ctx.clock.now() });
      await couplesRepo.endMemberships(current.couple.id);
      await couplesRepo.deleteInvitesOfCouple(current.couple.id);
    }
    await createRecordsRepository(tx).deleteAuthoredBy(userId);
    // My answers to daily questions go too; reminders and push subscriptions follow the user row.
    await createRevealsRepository(tx).deleteAuthoredBy(userId);
    await couplesRepo.deleteInvitesFrom(userId);
    // The joiner's sealed name lives on the couple row; it goes with its author.
    for (const coupleId of coupleIds) {
      const couple = await couplesRepo.findCouple(coupleId);
      if (couple && couple.inviterId !== userId) {
        await couplesRepo.clearJoinerAcceptance(coupleId);
      }
    }
    const accountsRepo = createAccountsRepository(tx);
    await accountsRepo.deleteUser(userId);
    await accountsRepo.deletePending(handle);
    await createAuthThrottleRepository(tx).clearPrefix(`pair:${handle}|`);
    await createAuthThrottleRepository(tx).clear(`handle:${handle}`);
    for (const coupleId of await couplesRepo.coupleIdsWithoutMembers(coupleIds)) {
      await couplesRepo.deleteCouple(coupleId);
    }
    await createChangeNoticesRepository(tx).publish({ kind: 'couple', userIds: partnerIds });
  });
}
