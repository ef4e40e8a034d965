import { draw, fromB64, toB64, type Rng } from './encoding.js';
import { decryptFailed } from './errors.js';
import { open, openJson, seal, sealJson, type AadFields } from './envelope.js';
import {
  KEY_BYTES,
  assertLength,
  ed25519Keypair,
  ed25519PublicKey,
  hkdfSha256,
  x25519Keypair,
  x25519PublicKey,
  type KeyPair,
} from './primitives.js';
import { RECOVERY_KEY_BYTES } from './recovery-key.js';

// Key hierarchy (PRIVACY.md): OPAQUE exportKey → KEK_pw, recovery key → KEK_rk; either KEK
// wraps the random UMK; the UMK wraps the identity keys, the PDK and every couple key epoch.

export const KEK_PASSWORD_INFO = 'hearth/kek/password/v1';
export const KEK_RECOVERY_INFO = 'hearth/kek/recovery/v1';
export const KID_KEK_PASSWORD = 'kek-password';
export const KID_KEK_RECOVERY = 'kek-recovery';
export const KID_UMK = 'umk';

export type UnlockVia = 'password' | 'recovery';

export interface UserKeys {
  umk: Uint8Array;
  pdk: Uint8Array;
  x25519: KeyPair;
  ed25519: KeyPair;
}

export interface WrappedUserKeys {
  umkByPassword: string;
  umkByRecovery: string;
  identity: string;
  pdk: string;
}

/** Key wraps are single-slot objects of the user, so their version is always 0. */
function keyAad(userId: string, recordId: string): AadFields {
  return { scope: 'user', ownerId: userId, recordId, recordType: 'key', authorId: userId, version: 0 };
}

function kidFor(via: UnlockVia): string {
  if (via === 'password') return KID_KEK_PASSWORD;
  if (via === 'recovery') return KID_KEK_RECOVERY;
  throw new TypeError(`unknown unlock method: ${String(via)}`);
}

export function deriveKekFromExportKey(exportKey: Uint8Array): Uint8Array {
  if (!(exportKey instanceof Uint8Array) || exportKey.length < KEY_BYTES) {
    throw new RangeError('exportKey must be at least 32 bytes');
  }
  return hkdfSha256(exportKey, KEK_PASSWORD_INFO, KEY_BYTES);
}

export function deriveKekFromRecoveryKey(bytes: Uint8Array): Uint8Array {
  assertLength(bytes, RECOVERY_KEY_BYTES, 'recovery key');
  return hkdfSha256(bytes, KEK_RECOVERY_INFO, KEY_BYTES);
}

/** rng draws, in order: UMK (32), PDK (32), X25519 secret (32), Ed25519 seed (32). */
export function generateUserKeys(rng?: Rng): UserKeys {
  const umk = draw(KEY_BYTES, rng);
  const pdk = draw(KEY_BYTES, rng);
  return { umk, pdk, x25519: x25519Keypair(rng), ed25519: ed25519Keypair(rng) };
}

/** rng draws four 24-byte nonces: UMK by password, UMK by recovery, identity, PDK. */
export function wrapUserKeys(
  userId: string,
  keys: UserKeys,
  kekPassword: Uint8Array,
  kekRecovery: Uint8Array,
  rng?: Rng,
): WrappedUserKeys {
  assertLength(keys.umk, KEY_BYTES, 'UMK');
  assertLength(keys.pdk, KEY_BYTES, 'PDK');
  return {
    umkByPassword: rewrapUmk(userId, keys.umk, kekPassword, 'password', rng),
    umkByRecovery: rewrapUmk(userId, keys.umk, kekRecovery, 'recovery', rng),
    identity: sealJson(
      keys.umk,
      KID_UMK,
      { x25519: toB64(keys.x25519.secretKey), ed25519: toB64(keys.ed25519.secretKey) },
      keyAad(userId, 'identity'),
      rng,
    ),
    pdk: seal(keys.umk, KID_UMK, keys.pdk, keyAad(userId, 'pdk'), rng),
  };
}

/** Seals the UMK under a (new) KEK — all a password change has to rewrite. */
export function rewrapUmk(
  userId: string,
  umk: Uint8Array,
  newKek: Uint8Array,
  via: UnlockVia,
  rng?: Rng,
): string {
  assertLength(umk, KEY_BYTES, 'UMK');
  return seal(newKek, kidFor(via), umk, keyAad(userId, `umk/${via}`), rng);
}

interface IdentitySecrets {
  x25519: Uint8Array;
  ed25519: Uint8Array;
}

const identitySecretsSchema = {
  parse(x: unknown): IdentitySecrets {
    if (typeof x !== 'object' || x === null) throw new TypeError('identity must be an object');
    const { x25519, ed25519 } = x as Record<string, unknown>;
    if (typeof x25519 !== 'string' || typeof ed25519 !== 'string')
      throw new TypeError('identity keys missing');
    const out = { x25519: fromB64(x25519), ed25519: fromB64(ed25519) };
    if (out.x25519.length !== KEY_BYTES || out.ed25519.length !== KEY_BYTES)
      throw new TypeError('bad key length');
    return out;
  },
};

/** Any failure (wrong KEK, swapped blob, wrong user) is the generic decrypt error. */
export function unwrapUserKeys(
  userId: string,
  wrapped: { umk: string; via: UnlockVia; identity: string; pdk: string },
  kek: Uint8Array,
): UserKeys {
  try {
    const umk = open(kek, wrapped.umk, keyAad(userId, `umk/${wrapped.via}`));
    if (umk.length !== KEY_BYTES || (wrapped.via !== 'password' && wrapped.via !== 'recovery'))
      throw decryptFailed();
    const secrets = openJson(umk, wrapped.identity, keyAad(userId, 'identity'), identitySecretsSchema);
    const pdk = open(umk, wrapped.pdk, keyAad(userId, 'pdk'));
    if (pdk.length !== KEY_BYTES) throw decryptFailed();
    return {
      umk,
      pdk,
      x25519: { secretKey: secrets.x25519, publicKey: x25519PublicKey(secrets.x25519) },
      ed25519: { secretKey: secrets.ed25519, publicKey: ed25519PublicKey(secrets.ed25519) },
    };
  } catch {
    throw decryptFailed();
  }
}

export function generateCoupleKey(rng?: Rng): Uint8Array {
  return draw(KEY_BYTES, rng);
}

/**
 * The couple id is part of the record id (`ck/<coupleId>/<epoch>`), so the server cannot hand
 * a user a former couple's key as the current couple's, nor one epoch's key as another's.
 */
function coupleKeyAad(userId: string, coupleId: string, epoch: number): AadFields {
  if (!Number.isSafeInteger(epoch) || epoch < 0) throw new RangeError('epoch must be a safe integer ≥ 0');
  if (typeof coupleId !== 'string' || coupleId.length === 0)
    throw new TypeError('coupleId must be a non-empty string');
  return keyAad(userId, `ck/${coupleId}/${epoch}`);
}

export function wrapCoupleKey(
  userId: string,
  umk: Uint8Array,
  coupleId: string,
  epoch: number,
  ck: Uint8Array,
  rng?: Rng,
): string {
  assertLength(ck, KEY_BYTES, 'couple key');
  return seal(umk, KID_UMK, ck, coupleKeyAad(userId, coupleId, epoch), rng);
}

export function unwrapCoupleKey(
  userId: string,
  umk: Uint8Array,
  coupleId: string,
  epoch: number,
  wrapped: string,
): Uint8Array {
  try {
    const ck = open(umk, wrapped, coupleKeyAad(userId, coupleId, epoch));
    if (ck.length !== KEY_BYTES) throw decryptFailed();
    return ck;
  } catch {
    throw decryptFailed();
  }
}
