import { randomUUID } from 'node:crypto';
import type { AppContext } from '../context';
import { HearthError } from '../errors/catalogue';
import { createChangeNoticesRepository } from '../events/change-notices.repository';
import { cookieName, deviceLabel, hashSessionToken, newSessionToken } from './session-token';
import { createSessionsRepository, type SessionKind, type SessionRow } from './sessions.repository';
import { toStoredMinute } from '@hearth/core';

const DAY_MS = 86_400_000;
const TOUCH_EVERY_MS = 5 * 60_000;
// Signing in with the recovery key is itself the confirmation; choosing a new password takes a while.
const RECOVERY_WINDOW_MS = 15 * 60_000;

export interface Auth {
  userId: string;
  handle: string;
  kind: SessionKind;
  tokenHash: string;
  publicId: string;
  reauthUntil: Date | null;
}

/** What the session cookie should hold; its HTTP attributes are the route's business. */
export interface SessionCookie {
  name: string;
  token: string;
  maxAgeSeconds: number;
}

export function createSessionsService(ctx: AppContext) {
  const repo = createSessionsRepository(ctx.database.db);
  const notices = createChangeNoticesRepository(ctx.database.db);
  const name = cookieName(ctx.config.cookieSecure);
  const reauthWindowMs = ctx.config.reauthWindowSeconds * 1000;

  // Devices signed out from elsewhere learn it at once through their event stream.
  async function announceSignOut(userId: string): Promise<void> {
    await notices.publish({ kind: 'session', userIds: [userId] });
  }

  return {
    cookieName: name,

    /** Starts a session; a fresh token at every sign-in (no fixation). */
    async start(input: {
      userId: string;
      kind: SessionKind;
      userAgent: string | undefined;
    }): Promise<SessionCookie> {
      const now = ctx.clock.now();
      const { token, tokenHash } = newSessionToken();
      const row: SessionRow = {
        tokenHash,
        publicId: randomUUID(),
        userId: input.userId,
        kind: input.kind,
        device: deviceLabel(input.userAgent),
        createdAt: toStoredMinute(now),
        lastSeenAt: toStoredMinute(now),
        expiresAt: new Date(now.getTime() + ctx.config.sessionMaxDays * DAY_MS),
        reauthUntil: new Date(now.getTime() + (input.kind === 'full' ? reauthWindowMs : RECOVERY_WINDOW_MS)),
      };
      await repo.insert(row);
      return { name, token, maxAgeSeconds: ctx.config.sessionMaxDays * 86_400 };
    },

    /** Resolves the cookie's token to a live session, or undefined. Enforces idle and absolute timeouts. */
    async resolve(token: string | undefined): Promise<Auth | undefined> {
      if (!token || token.length > 100) return undefined;
      const tokenHash = hashSessionToken(token);
      const found = await repo.findWithUser(tokenHash);
      if (!found) return undefined;
      const { session } = found;
      const now = ctx.clock.now();
      const idleLimit = new Date(session.lastSeenAt.getTime() + ctx.config.sessionIdleDays * DAY_MS);
      if (session.expiresAt <= now || idleLimit <= now) {
        await repo.deleteByToken(tokenHash);
        return undefined;
      }
      if (now.getTime() - session.lastSeenAt.getTime() > TOUCH_EVERY_MS)
        await repo.touch(tokenHash, toStoredMinute(now));
      return {
        userId: session.userId,
        handle: found.handle,
        kind: session.kind,
        tokenHash,
        publicId: session.publicId,
        reauthUntil: session.reauthUntil,
      };
    },

    /** Ends this session; the caller clears the cookie named `cookieName`. */
    async end(auth: Auth): Promise<void> {
      await repo.deleteByToken(auth.tokenHash);
    },

    async markReauthenticated(auth: Auth): Promise<void> {
      await repo.update(auth.tokenHash, {
        reauthUntil: new Date(ctx.clock.now().getTime() + reauthWindowMs),
      });
    },

    requireRecentReauth(auth: Auth): void {
      if (!auth.reauthUntil || auth.reauthUntil <= ctx.clock.now())
        throw new HearthError('HEARTH_REAUTH_REQUIRED');
    },

    async upgradeToFull(auth: Auth): Promise<void> {
      await repo.update(auth.tokenHash, { kind: 'full' });
    },

    async signOutOthers(auth: Auth): Promise<void> {
      await repo.deleteOthers(auth.userId, auth.tokenHash);
      await announceSignOut(auth.userId);
    },

    /** True while the session behind an open event stream still exists. */
    async stillValid(tokenHash: string): Promise<boolean> {
      return (await repo.findWithUser(tokenHash)) !== undefined;
    },

    async list(auth: Auth) {
      const rows = await repo.listForUser(auth.userId);
      return rows
        .sort((a, b) => b.lastSeenAt.getTime() - a.lastSeenAt.getTime())
        .map((row) => ({
          id: row.publicId,
          createdAt: row.createdAt.toISOString(),
          lastSeenAt: row.lastSeenAt.toISOString(),
          device: row.device,
          current: row.tokenHash === auth.tokenHash,
        }));
    },

    async revoke(auth: Auth, publicId: string): Promise<void> {
      const deleted = await repo.deleteByPublicId(auth.userId, publicId);
      if (!deleted) throw new HearthError('HEARTH_SESSION_NOT_FOUND');
      await announceSignOut(auth.userId);
    },
  };
}

export type SessionsService = ReturnType<typeof createSessionsService>;
