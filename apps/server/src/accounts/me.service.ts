import type { CouplesService } from '../couples/couples.service';
import { HearthError } from '../errors/catalogue';
import type { SessionKind } from '../sessions/sessions.repository';
import type { AccountsService } from './accounts.service';

/** The signed-in person's view of themselves: enough for a new device to unlock everything. */
export function createMeService(accounts: AccountsService, couples: CouplesService) {
  return {
    async describe(userId: string, sessionKind: SessionKind) {
      const user = await accounts.findUser(userId);
      if (!user) throw new HearthError('HEARTH_UNAUTHENTICATED');
      return {
        user: { id: user.id, handle: user.handle, createdAt: user.createdAt.toISOString(), sessionKind },
        keys: {
          identity: user.identity,
          umkByPassword: user.umkByPassword,
          umkByRecovery: user.umkByRecovery,
          identityWrapped: user.identityWrapped,
          pdk: user.pdkWrapped,
          coupleKeys: await couples.coupleKeysOf(userId),
        },
        couple: await couples.current(userId),
      };
    },
  };
}
