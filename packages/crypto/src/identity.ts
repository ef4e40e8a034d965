import { encodeFields } from './canonical.js';
import { fromB64, toB64 } from './encoding.js';
import { CryptoError } from './errors.js';
import type { UserKeys } from './keys.js';
import { KEY_BYTES, ed25519Sign, ed25519Verify, sha256 } from './primitives.js';

// A user's public keys as the partner sees them, self-signed, and the safety code two partners
// compare in person to rule out a server that swapped keys during pairing.

export interface PublicIdentity {
  userId: string;
  /** b64url X25519 public key */
  x25519: string;
  /** b64url Ed25519 public key */
  ed25519: string;
  /** b64url Ed25519 self-signature over the three fields above */
  signature: string;
}

export const IDENTITY_DOMAIN = 'hearth/identity/v1';
export const SAFETY_CODE_DOMAIN = 'hearth/safety-code/v1';

export interface DecodedIdentity {
  userId: string;
  x25519: Uint8Array;
  ed25519: Uint8Array;
}

/** Throws on anything that is not three well-formed fields with 32-byte keys. */
export function decodePublicIdentity(id: PublicIdentity): DecodedIdentity {
  if (typeof id !== 'object' || id === null || typeof id.userId !== 'string' || id.userId.length === 0) {
    throw new CryptoError('HEARTH_BAD_SIGNATURE', 'Malformed identity.');
  }
  const x25519 = fromB64(id.x25519);
  const ed25519 = fromB64(id.ed25519);
  if (x25519.length !== KEY_BYTES || ed25519.length !== KEY_BYTES) {
    throw new CryptoError('HEARTH_BAD_SIGNATURE', 'Malformed identity.');
  }
  return { userId: id.userId, x25519, ed25519 };
}

/** The identity's fields in signing order: user id, raw X25519 key, raw Ed25519 key. */
export function publicIdentityFields(d: DecodedIdentity): [string, Uint8Array, Uint8Array] {
  return [d.userId, d.x25519, d.ed25519];
}

export function makePublicIdentity(
  userId: string,
  keys: Pick<UserKeys, 'x25519' | 'ed25519'>,
): PublicIdentity {
  const decoded = { userId, x25519: keys.x25519.publicKey, ed25519: keys.ed25519.publicKey };
  const signature = ed25519Sign(
    keys.ed25519.secretKey,
    encodeFields(IDENTITY_DOMAIN, publicIdentityFields(decoded)),
  );
  return {
    userId,
    x25519: toB64(decoded.x25519),
    ed25519: toB64(decoded.ed25519),
    signature: toB64(signature),
  };
}

export function verifyPublicIdentity(id: PublicIdentity): boolean {
  try {
    const decoded = decodePublicIdentity(id);
    return ed25519Verify(
      decoded.ed25519,
      encodeFields(IDENTITY_DOMAIN, publicIdentityFields(decoded)),
      fromB64(id.signature),
    );
  } catch {
    return false;
  }
}

function compareBytes(a: Uint8Array, b: Uint8Array): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return a.length - b.length;
}

const SAFETY_GROUPS = 4;
const SAFETY_GROUP_BYTES = 5;

/**
 * Twenty digits both partners compare in person. SHA-256 over the domain, the couple id and
 * both identities ordered by Ed25519 key (so each side computes the same code); each group of
 * five digits is a 40-bit big-endian slice of the hash mod 100000 (bias below 2^-23).
 */
export function safetyCode(coupleId: string, a: PublicIdentity, b: PublicIdentity): string {
  const da = decodePublicIdentity(a);
  const db = decodePublicIdentity(b);
  const [first, second] = compareBytes(da.ed25519, db.ed25519) <= 0 ? [da, db] : [db, da];
  const digest = sha256(
    encodeFields(SAFETY_CODE_DOMAIN, [
      coupleId,
      ...publicIdentityFields(first),
      ...publicIdentityFields(second),
    ]),
  );
  const groups: string[] = [];
  for (let g = 0; g < SAFETY_GROUPS; g++) {
    let n = 0;
    for (let i = 0; i < SAFETY_GROUP_BYTES; i++) n = n * 256 + digest[g * SAFETY_GROUP_BYTES + i]!;
    groups.push(String(n % 100_000).padStart(5, '0'));
  }
  return groups.join(' ');
}
