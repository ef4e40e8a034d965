import {
  addressDelayPolicy,
  delayAfterAttempts,
  handleDelayPolicy,
  retryAfterSeconds,
  signInDelayPolicy,
  type DelayPolicy,
} from '@hearth/core';
import type { AppContext } from '../context';
import { HearthError } from '../errors/catalogue';
import { hashSessionToken, newSessionToken } from '../sessions/session-token';
import { createAuthThrottleRepository } from './auth-throttle.repository';

/** Who is signing in, as far as the throttle cares. */
export interface SignInSource {
  handle: string;
  address: string;
  /** The value of the known-device cookie, if the browser sent one. */
  deviceToken: string | undefined;
}

/**
 * Progressive sign-in delays, counted in the database so every server process sees the same
 * counts, and never a hard lockout (PRIVACY.md). Three counts, each for one attack:
 * - handle + address: one guesser on one account slows only themselves;
 * - handle alone: guesses spread over many addresses still slow down;
 * - address alone, failures only: one address trying many accounts slows down.
 * A browser that signed in to this account before skips the last two, so neither a guesser on my
 * handle nor someone else on my network can keep my own device out.
 */
export function createAuthThrottle(ctx: AppContext) {
  const repo = createAuthThrottleRepository(ctx.database.db);

  async function keysFor(source: SignInSource, userId: string | undefined) {
    const keys: Array<[string, DelayPolicy]> = [[pairKey(source), signInDelayPolicy]];
    const known = userId !== undefined && (await knownDeviceOf(source)) === userId;
    if (!known) {
      keys.push([`handle:${source.handle}`, handleDelayPolicy]);
      keys.push([addressKey(source.address), addressDelayPolicy]);
    }
    return keys;
  }

  async function knownDeviceOf(source: SignInSource): Promise<string | undefined> {
    if (!source.deviceToken || source.deviceToken.length > 100) return undefined;
    return repo.knownDeviceUser(hashSessionToken(source.deviceToken));
  }

  return {
    /** Throws 429 while a delay is running; otherwise counts this attempt. */
    async registerAttempt(source: SignInSource, userId: string | undefined): Promise<void> {
      const now = ctx.clock.now();
      const keys = await keysFor(source, userId);
      for (const [key] of keys) {
        const nextAllowedAt = await repo.nextAllowedAt(key);
        if (nextAllowedAt && nextAllowedAt > now) {
          const seconds = retryAfterSeconds(nextAllowedAt, now);
          throw new HearthError('HEARTH_RATE_LIMITED', {
            message: `Too many attempts. Please wait ${seconds} second${seconds === 1 ? '' : 's'} and try again.`,
            headers: { 'Retry-After': String(seconds) },
          });
        }
      }
      for (const [key, policy] of keys) {
        const delay = delayAfterAttempts(await repo.countAttempt(key, now), policy);
        if (delay > 0) await repo.delayUntil(key, new Date(now.getTime() + delay));
      }
    },

    /**
     * A successful sign-in clears the account's counts and takes its attempt back from the
     * address's, so the address counts failures only. Returns a new known-device token to set as
     * a cookie when this browser was not known for this account yet.
     */
    async registerSuccess(source: SignInSource, userId: string): Promise<string | undefined> {
      await repo.clear(pairKey(source));
      await repo.clear(`handle:${source.handle}`);
      await repo.uncount(addressKey(source.address));
      if ((await knownDeviceOf(source)) === userId) return undefined;
      const { token, tokenHash } = newSessionToken();
      await repo.rememberDevice(tokenHash, userId, ctx.clock.now());
      return token;
    },

    /** Forgets the counts of a handle that no longer exists. */
    async forgetHandle(handle: string): Promise<void> {
      await repo.clearPrefix(`pair:${handle}|`);
      await repo.clear(`handle:${handle}`);
    },
  };
}

function pairKey(source: SignInSource): string {
  return `pair:${source.handle}|${source.address}`;
}

function addressKey(address: string): string {
  return `addr:${address}`;
}

export type AuthThrottle = ReturnType<typeof createAuthThrottle>;
