/**
 * Progressive delays for sign-in attempts. Never a hard lockout: a partner who knows the other's
 * handle must not be able to lock them out, so every delay ends and the cap stays short.
 */
export interface DelayPolicy {
  /** Attempts allowed before any delay applies. */
  freeAttempts: number;
  /** Delay after the first attempt over the free allowance. */
  baseDelayMs: number;
  /** The delay never grows beyond this. */
  maxDelayMs: number;
}

export const signInDelayPolicy: DelayPolicy = { freeAttempts: 5, baseDelayMs: 1_000, maxDelayMs: 5 * 60_000 };
/**
 * Per handle, whatever the address: holds when guesses come from many addresses. Known devices
 * (they signed in to this account before) skip it, so the owner's own phone is never held up.
 */
export const handleDelayPolicy: DelayPolicy = {
  freeAttempts: 20,
  baseDelayMs: 1_000,
  maxDelayMs: 5 * 60_000,
};
/**
 * Per address, counting only failures: a household or an office shares one address, so the
 * budget is large and the cap short; known devices skip it too.
 */
export const addressDelayPolicy: DelayPolicy = {
  freeAttempts: 100,
  baseDelayMs: 1_000,
  maxDelayMs: 60_000,
};

/** How long to wait after `attempts` unsuccessful attempts: 0, then doubling up to the cap. */
export function delayAfterAttempts(attempts: number, policy: DelayPolicy): number {
  const over = attempts - policy.freeAttempts;
  if (over <= 0) return 0;
  const delay = policy.baseDelayMs * 2 ** Math.min(over - 1, 30);
  return Math.min(delay, policy.maxDelayMs);
}

/** Whole seconds to put in Retry-After (at least 1 while a wait remains). */
export function retryAfterSeconds(nextAllowedAt: Date, now: Date): number {
  const ms = nextAllowedAt.getTime() - now.getTime();
  return ms <= 0 ? 0 : Math.max(1, Math.ceil(ms / 1000));
}
