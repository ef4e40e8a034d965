import { xchacha20poly1305 } from '@noble/ciphers/chacha.js';
import { ed25519, x25519 } from '@noble/curves/ed25519.js';
import { hkdf } from '@noble/hashes/hkdf.js';
import { hmac } from '@noble/hashes/hmac.js';
import { sha256 as nobleSha256 } from '@noble/hashes/sha2.js';
import { draw, utf8, type Rng } from './encoding.js';
import { decryptFailed } from './errors.js';

// Thin wrappers over the audited @noble libraries. They exist so the rest of Hearth has one
// argument order, one length check per key, and one error for failed authentication.

export const KEY_BYTES = 32;
export const XNONCE_BYTES = 24;
export const TAG_BYTES = 16;

export function assertLength(bytes: Uint8Array, length: number, what: string): void {
  if (!(bytes instanceof Uint8Array) || bytes.length !== length) {
    throw new RangeError(`${what} must be ${length} bytes`);
  }
}

/** `info` is normally one of our domain strings; raw bytes are accepted for the RFC 5869 vectors. */
export function hkdfSha256(
  ikm: Uint8Array,
  info: string | Uint8Array,
  length = 32,
  salt?: Uint8Array,
): Uint8Array {
  return hkdf(nobleSha256, ikm, salt, typeof info === 'string' ? utf8(info) : info, length);
}

export function hmacSha256(key: Uint8Array, data: Uint8Array): Uint8Array {
  return hmac(nobleSha256, key, data);
}

export interface KeyedHmacSha256 {
  mac(data: Uint8Array): Uint8Array;
  /** Wipes the keyed state; `mac` must not be called afterwards. */
  destroy(): void;
}

/**
 * HMAC-SHA256 under one key for many messages: the key is absorbed once and each message costs
 * only its own hashing (ranking a library of hundreds of ids under one seed). Same output as
 * `hmacSha256(key, data)` for every message.
 */
export function keyedHmacSha256(key: Uint8Array): KeyedHmacSha256 {
  const keyed = hmac.create(nobleSha256, key);
  return {
    mac: (data) => keyed.clone().update(data).digest(),
    destroy: () => keyed.destroy(),
  };
}

export function sha256(data: Uint8Array): Uint8Array {
  return nobleSha256(data);
}

/** Returns ciphertext ‖ 16-byte Poly1305 tag. */
export function xchachaSeal(
  key: Uint8Array,
  nonce24: Uint8Array,
  plaintext: Uint8Array,
  aad: Uint8Array,
): Uint8Array {
  assertLength(key, KEY_BYTES, 'key');
  assertLength(nonce24, XNONCE_BYTES, 'nonce');
  return xchacha20poly1305(key, nonce24, aad).encrypt(plaintext);
}

/** Throws the generic `HEARTH_DECRYPT_FAILED` on any authentication failure. */
export function xchachaOpen(
  key: Uint8Array,
  nonce24: Uint8Array,
  ciphertext: Uint8Array,
  aad: Uint8Array,
): Uint8Array {
  assertLength(key, KEY_BYTES, 'key');
  if (nonce24.length !== XNONCE_BYTES || ciphertext.length < TAG_BYTES) throw decryptFailed();
  try {
    return xchacha20poly1305(key, nonce24, aad).decrypt(ciphertext);
  } catch {
    throw decryptFailed();
  }
}

export interface KeyPair {
  secretKey: Uint8Array;
  publicKey: Uint8Array;
}

/** The secret key is 32 random bytes (clamped inside X25519, stored unclamped). */
export function x25519Keypair(rng?: Rng): KeyPair {
  const secretKey = draw(KEY_BYTES, rng);
  return { secretKey, publicKey: x25519.getPublicKey(secretKey) };
}

/** Rejects low-order public keys (an all-zero shared secret) with the generic failure. */
export function x25519Shared(secretKey: Uint8Array, publicKey: Uint8Array): Uint8Array {
  assertLength(secretKey, KEY_BYTES, 'X25519 secret key');
  if (publicKey.length !== KEY_BYTES) throw decryptFailed();
  try {
    return x25519.getSharedSecret(secretKey, publicKey);
  } catch {
    throw decryptFailed();
  }
}

/** The secret key is the 32-byte RFC 8032 seed. */
export function ed25519Keypair(rng?: Rng): KeyPair {
  const secretKey = draw(KEY_BYTES, rng);
  return { secretKey, publicKey: ed25519.getPublicKey(secretKey) };
}

export function ed25519PublicKey(secretKey: Uint8Array): Uint8Array {
  assertLength(secretKey, KEY_BYTES, 'Ed25519 secret key');
  return ed25519.getPublicKey(secretKey);
}

export function x25519PublicKey(secretKey: Uint8Array): Uint8Array {
  assertLength(secretKey, KEY_BYTES, 'X25519 secret key');
  return x25519.getPublicKey(secretKey);
}

export function ed25519Sign(secretKey: Uint8Array, msg: Uint8Array): Uint8Array {
  assertLength(secretKey, KEY_BYTES, 'Ed25519 secret key');
  return ed25519.sign(msg, secretKey);
}

/**
 * Strict RFC 8032 verification (not ZIP-215): non-canonical encodings are refused, so a
 * signature has one valid form. Never throws; any malformed input is simply "not valid".
 */
export function ed25519Verify(publicKey: Uint8Array, msg: Uint8Array, sig: Uint8Array): boolean {
  try {
    return ed25519.verify(sig, msg, publicKey, { zip215: false });
  } catch {
    return false;
  }
}
