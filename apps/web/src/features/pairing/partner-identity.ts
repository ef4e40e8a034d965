// Comparing the partner's public keys with the ones we recorded when pairing (or verified).
import type { PublicIdentity } from '@hearth/crypto';

export function sameIdentity(
  a: Pick<PublicIdentity, 'userId' | 'ed25519' | 'x25519'>,
  b: Pick<PublicIdentity, 'userId' | 'ed25519' | 'x25519'>,
): boolean {
  return a.userId === b.userId && a.ed25519 === b.ed25519 && a.x25519 === b.x25519;
}

export interface KeyBaseline {
  partnerUserId: string;
  ed25519: string;
  x25519: string;
  verified: boolean;
}

export type PartnerKeyStatus = 'unverified' | 'verified' | 'changed' | 'no-baseline';

/**
 * Whether the partner's current keys are the ones we recorded. A change after pairing means the
 * safety code changed too; the person is warned and asked to compare again.
 */
export function partnerKeyStatus(
  current: Pick<PublicIdentity, 'userId' | 'ed25519' | 'x25519'>,
  baseline: KeyBaseline | null,
): PartnerKeyStatus {
  if (!baseline) return 'no-baseline';
  const same = sameIdentity(current, {
    userId: baseline.partnerUserId,
    ed25519: baseline.ed25519,
    x25519: baseline.x25519,
  });
  if (!same) return 'changed';
  return baseline.verified ? 'verified' : 'unverified';
}
