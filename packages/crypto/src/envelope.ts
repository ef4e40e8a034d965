import { encodeFields } from './canonical.js';
import { fromB64, fromUtf8, toB64, draw, utf8, type Rng } from './encoding.js';
import { CryptoError, decryptFailed } from './errors.js';
import { TAG_BYTES, XNONCE_BYTES, xchachaOpen, xchachaSeal } from './primitives.js';

export type Scope = 'user' | 'couple' | 'grant' | 'invite';
export const SCOPES: readonly Scope[] = ['user', 'couple', 'grant', 'invite'];

/** Everything the server could try to swap; bound into the ciphertext as associated data. */
export interface AadFields {
  scope: Scope;
  /** user id (user scope), couple id (couple scope), invite id, grant id */
  ownerId: string;
  /** record id, or a fixed name for key wraps ("umk/password", "pdk", ...) */
  recordId: string;
  /** 'record' | 'dek' | 'key' | 'invite-bundle' | 'invite-joiner' | ... */
  recordType: string;
  /** user id of the writer */
  authorId: string;
  /** record version (integer ≥ 0) */
  version: number;
}

export interface Envelope {
  v: 1;
  kid: string;
  nonce: Uint8Array;
  ciphertext: Uint8Array;
}

export interface Schema<T> {
  parse(x: unknown): T;
}

export const FORMAT_VERSION = 1;
export const ENVELOPE_PREFIX = 'v1';
export const AAD_DOMAIN = 'hearth/aad/v1';
const KID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;
// 24 nonce bytes are exactly 32 base64url characters.
const NONCE_B64_LENGTH = 32;

export function isValidKid(kid: unknown): kid is string {
  return typeof kid === 'string' && KID_PATTERN.test(kid);
}

function requireText(value: unknown, name: string): void {
  if (typeof value !== 'string' || value.length === 0)
    throw new TypeError(`${name} must be a non-empty string`);
}

const FORMAT_VERSION_TEXT = String(FORMAT_VERSION);

/**
 * Canonical AAD bytes: "hearth/aad/v1", then length-prefixed format version "1", kid, scope,
 * ownerId, recordId, recordType, authorId and the decimal version. Throws TypeError/RangeError
 * on fields a well-behaved caller would never pass.
 */
export function encodeAad(fields: AadFields, kid: string): Uint8Array {
  if (!isValidKid(kid)) throw new TypeError('kid must match /^[A-Za-z0-9_-]{1,64}$/');
  if (!SCOPES.includes(fields.scope)) throw new TypeError(`unknown scope: ${String(fields.scope)}`);
  requireText(fields.ownerId, 'ownerId');
  requireText(fields.recordId, 'recordId');
  requireText(fields.recordType, 'recordType');
  requireText(fields.authorId, 'authorId');
  if (!Number.isSafeInteger(fields.version) || fields.version < 0) {
    throw new RangeError('version must be a safe integer ≥ 0');
  }
  return encodeFields(AAD_DOMAIN, [
    FORMAT_VERSION_TEXT,
    kid,
    fields.scope,
    fields.ownerId,
    fields.recordId,
    fields.recordType,
    fields.authorId,
    String(fields.version),
  ]);
}

/** Compact form `v1.<kid>.<nonce b64url>.<ciphertext‖tag b64url>`; the nonce is 24 fresh bytes. */
export function seal(key: Uint8Array, kid: string, plaintext: Uint8Array, aad: AadFields, rng?: Rng): string {
  const aadBytes = encodeAad(aad, kid);
  const nonce = draw(XNONCE_BYTES, rng);
  const ciphertext = xchachaSeal(key, nonce, plaintext, aadBytes);
  return `${ENVELOPE_PREFIX}.${kid}.${toB64(nonce)}.${toB64(ciphertext)}`;
}

function badEnvelope(): CryptoError {
  return new CryptoError('HEARTH_BAD_ENVELOPE');
}

/**
 * Syntax only — says nothing about authenticity. Refuses any version but v1 (there is no
 * downgrade path), kids outside the allowed alphabet, nonces that are not 24 bytes and
 * ciphertexts shorter than a tag.
 */
export function parseEnvelope(s: string): Envelope {
  if (typeof s !== 'string') throw badEnvelope();
  const parts = s.split('.');
  if (parts.length !== 4) throw badEnvelope();
  const [version, kid, nonceText, cipherText] = parts as [string, string, string, string];
  if (version !== ENVELOPE_PREFIX || !isValidKid(kid) || nonceText.length !== NONCE_B64_LENGTH)
    throw badEnvelope();
  const nonce = fromB64(nonceText);
  const ciphertext = fromB64(cipherText);
  if (ciphertext.length < TAG_BYTES) throw badEnvelope();
  return { v: 1, kid, nonce, ciphertext };
}

export function isEnvelope(s: unknown): boolean {
  if (typeof s !== 'string') return false;
  try {
    parseEnvelope(s);
    return true;
  } catch {
    return false;
  }
}

/** Reads the kid without decoding the ciphertext, so a client can pick the right key first. */
export function readEnvelopeKid(s: string): string {
  if (typeof s !== 'string') throw badEnvelope();
  const parts = s.split('.', 3);
  if (parts[0] !== ENVELOPE_PREFIX || !isValidKid(parts[1])) throw badEnvelope();
  return parts[1];
}

/**
 * Every failure — syntax, version, kid, wrong key, any AAD difference, tampering — becomes the
 * same generic CryptoError thrown from this one place.
 */
export function open(key: Uint8Array, envelope: string, aad: AadFields): Uint8Array {
  try {
    const { kid, nonce, ciphertext } = parseEnvelope(envelope);
    return xchachaOpen(key, nonce, ciphertext, encodeAad(aad, kid));
  } catch {
    throw decryptFailed();
  }
}

export function encodeJson(value: unknown): Uint8Array {
  const text = JSON.stringify(value);
  if (typeof text !== 'string') throw new TypeError('value is not JSON-serialisable');
  return utf8(text);
}

export function sealJson(key: Uint8Array, kid: string, value: unknown, aad: AadFields, rng?: Rng): string {
  return seal(key, kid, encodeJson(value), aad, rng);
}

/** Decrypts, parses and validates; a schema rejection is indistinguishable from tampering. */
export function openJson<T>(key: Uint8Array, envelope: string, aad: AadFields, schema: Schema<T>): T {
  try {
    return schema.parse(JSON.parse(fromUtf8(open(key, envelope, aad))));
  } catch {
    throw decryptFailed();
  }
}
