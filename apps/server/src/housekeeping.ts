import { createAccountsRepository } from './accounts/accounts.repository';
import type { AppContext } from './context';
import { createCouplesRepository } from './couples/couples.repository';
import { createSessionsRepository } from './sessions/sessions.repository';

const DAY_MS = 86_400_000;

/**
 * Deletes what has expired: sign-in attempts, sign-up reservations, sessions and invitations.
 * Idempotent, so every server process may run it; nothing here is needed for correctness
 * (expiry is also checked on every read), it only keeps the tables small.
 */
export async function runHousekeeping(ctx: AppContext): Promise<void> {
  const now = ctx.clock.now();
  const db = ctx.database.db;
  await createAccountsRepository(db).deleteExpiredLoginAttempts(now);
  await createSessionsRepository(db).deleteExpired(
    now,
    new Date(now.getTime() - ctx.config.sessionIdleDays * DAY_MS),
  );
  await createCouplesRepository(db).deleteExpiredInvites(now, new Date(now.getTime() - DAY_MS));
}

export function scheduleHousekeeping(ctx: AppContext, everyMs = 10 * 60_000): () => void {
  const timer = setInterval(() => {
    runHousekeeping(ctx).catch(() => undefined);
  }, everyMs);
  timer.unref();
  return () => clearInterval(timer);
}
