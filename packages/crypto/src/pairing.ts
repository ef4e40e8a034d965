import { encodeFields } from './canonical.js';
import { draw, equalBytes, fromB64, toB64, type Rng } from './encoding.js';
import { CryptoError, decryptFailed } from './errors.js';
import { openJson, sealJson, type AadFields } from './envelope.js';
import type { UserKeys } from './keys.js';
import { KEY_BYTES, ed25519Sign, ed25519Verify, hkdfSha256, hmacSha256, sha256 } from './primitives.js';

export interface PublicIdentity {
  userId: string;
  /** b64url X25519 public key */
  x25519: string;
  /** b64url Ed25519 public key */
  ed25519: string;
  /** b64url Ed25519 self-signature over the three fields above */
  signature: string;
}

export interface InviteBundle {
  coupleId: string;
  /** b64url CK_0 */
  coupleKey: string;
  inviter: PublicIdentity;
  inviterName: string;
  /** b64url Ed25519 signature by the inviter over coupleId ‖ inviter identity */
  bundleSignature: string;
}

export interface JoinerNote {
  name: string;
}

export const IDENTITY_DOMAIN = 'hearth/identity/v1';
export const INVITE_BUNDLE_DOMAIN = 'hearth/invite-bundle/v1';
export const INVITE_ACCEPT_DOMAIN = 'hearth/invite-accept/v1';
export const SAFETY_CODE_DOMAIN = 'hearth/safety-code/v1';
export const INVITE_ID_INFO = 'hearth/invite/id/v1';
export const INVITE_KEY_INFO = 'hearth/invite/key/v1';
export const INVITE_MAC_INFO = 'hearth/invite/mac/v1';
export const KID_INVITE = 'invite';

interface DecodedIdentity {
  userId: string;
  x25519: Uint8Array;
  ed25519: Uint8Array;
}

/** Throws on anything that is not three well-formed fields with 32-byte keys. */
function decodeIdentity(id: PublicIdentity): DecodedIdentity {
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

function identityFields(d: DecodedIdentity): [string, Uint8Array, Uint8Array] {
  return [d.userId, d.x25519, d.ed25519];
}

export function makePublicIdentity(
  userId: string,
  keys: Pick<UserKeys, 'x25519' | 'ed25519'>,
): PublicIdentity {
  const decoded = { userId, x25519: keys.x25519.publicKey, ed25519: keys.ed25519.publicKey };
  const signature = ed25519Sign(
    keys.ed25519.secretKey,
    encodeFields(IDENTITY_DOMAIN, identityFields(decoded)),
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
    const decoded = decodeIdentity(id);
    return ed25519Verify(
      decoded.ed25519,
      encodeFields(IDENTITY_DOMAIN, identityFields(decoded)),
      fromB64(id.signature),
    );
  } catch {
    return false;
  }
}

// ---- Invite secret and what is derived from it -------------------------------------------

export function generateInviteSecret(rng?: Rng): Uint8Array {
  return draw(KEY_BYTES, rng);
}

export function inviteSecretToFragment(s: Uint8Array): string {
  if (s.length !== KEY_BYTES) throw new RangeError('invite secret must be 32 bytes');
  return toB64(s);
}

/** Accepts the fragment with or without its leading '#'. */
export function inviteSecretFromFragment(f: string): Uint8Array {
  try {
    const s = fromB64(typeof f === 'string' && f.startsWith('#') ? f.slice(1) : f);
    if (s.length === KEY_BYTES) return s;
  } catch {
    // fall through to the one message below
  }
  throw new CryptoError('HEARTH_BAD_ENVELOPE', 'Invalid invite link.');
}

function inviteSecret(s: Uint8Array): Uint8Array {
  if (!(s instanceof Uint8Array) || s.length !== KEY_BYTES)
    throw new RangeError('invite secret must be 32 bytes');
  return s;
}

/** 16 bytes → 22 base64url characters; the server files the bundle under this id. */
export function deriveInviteId(s: Uint8Array): string {
  return toB64(hkdfSha256(inviteSecret(s), INVITE_ID_INFO, 16));
}

export function deriveInviteKey(s: Uint8Array): Uint8Array {
  return hkdfSha256(inviteSecret(s), INVITE_KEY_INFO, KEY_BYTES);
}

export function deriveInviteMacKey(s: Uint8Array): Uint8Array {
  return hkdfSha256(inviteSecret(s), INVITE_MAC_INFO, KEY_BYTES);
}

// ---- Invite bundle (A → B) and joiner note (B → A) ----------------------------------------

function inviteAad(inviteId: string, recordId: string, recordType: string, authorId: string): AadFields {
  return { scope: 'invite', ownerId: inviteId, recordId, recordType, authorId, version: 0 };
}

function bundleMessage(coupleId: string, inviter: PublicIdentity): Uint8Array {
  return encodeFields(INVITE_BUNDLE_DOMAIN, [coupleId, ...identityFields(decodeIdentity(inviter))]);
}

export function signInviteBundle(
  keys: Pick<UserKeys, 'ed25519'>,
  coupleId: string,
  inviter: PublicIdentity,
): string {
  return toB64(ed25519Sign(keys.ed25519.secretKey, bundleMessage(coupleId, inviter)));
}

/** Builds a complete, signed bundle for the inviter. */
export function createInviteBundle(
  userId: string,
  keys: Pick<UserKeys, 'x25519' | 'ed25519'>,
  coupleId: string,
  coupleKey: Uint8Array,
  inviterName: string,
): InviteBundle {
  if (coupleKey.length !== KEY_BYTES) throw new RangeError('couple key must be 32 bytes');
  const inviter = makePublicIdentity(userId, keys);
  return {
    coupleId,
    coupleKey: toB64(coupleKey),
    inviter,
    inviterName,
    bundleSignature: signInviteBundle(keys, coupleId, inviter),
  };
}

function assertInviteId(s: Uint8Array, inviteId: string): void {
  if (deriveInviteId(s) !== inviteId) throw new RangeError('inviteId does not belong to this invite secret');
}

export function sealInviteBundle(s: Uint8Array, inviteId: string, bundle: InviteBundle, rng?: Rng): string {
  assertInviteId(s, inviteId);
  return sealJson(
    deriveInviteKey(s),
    KID_INVITE,
    bundle,
    inviteAad(inviteId, 'bundle', 'invite-bundle', 'inviter'),
    rng,
  );
}

function isIdentityShape(x: unknown): x is PublicIdentity {
  if (typeof x !== 'object' || x === null) return false;
  const o = x as Record<string, unknown>;
  return ['userId', 'x25519', 'ed25519', 'signature'].every((k) => typeof o[k] === 'string');
}

const inviteBundleSchema = {
  parse(x: unknown): InviteBundle {
    if (typeof x !== 'object' || x === null) throw new TypeError('bundle must be an object');
    const o = x as Record<string, unknown>;
    const { coupleId, coupleKey, inviter, inviterName, bundleSignature } = o;
    if (typeof coupleId !== 'string' || coupleId.length === 0) throw new TypeError('coupleId');
    if (typeof coupleKey !== 'string' || fromB64(coupleKey).length !== KEY_BYTES)
      throw new TypeError('coupleKey');
    if (!isIdentityShape(inviter)) throw new TypeError('inviter');
    if (typeof inviterName !== 'string' || typeof bundleSignature !== 'string')
      throw new TypeError('bundle fields');
    return {
      coupleId,
      coupleKey,
      inviter: {
        userId: inviter.userId,
        x25519: inviter.x25519,
        ed25519: inviter.ed25519,
        signature: inviter.signature,
      },
      inviterName,
      bundleSignature,
    };
  },
};

function isBundleSignedByInviter(bundle: InviteBundle): boolean {
  try {
    return (
      verifyPublicIdentity(bundle.inviter) &&
      ed25519Verify(
        fromB64(bundle.inviter.ed25519),
        bundleMessage(bundle.coupleId, bundle.inviter),
        fromB64(bundle.bundleSignature),
      )
    );
  } catch {
    return false;
  }
}

/**
 * Decrypts with `s` (generic error on failure), then checks the inviter's self-signature and
 * the bundle signature (`HEARTH_BAD_SIGNATURE`). Whoever knows `s` could re-seal a bundle, so
 * the signatures are what tie CK_0 and the couple id to the inviter's identity key.
 */
export function openInviteBundle(s: Uint8Array, inviteId: string, sealed: string): InviteBundle {
  let bundle: InviteBundle;
  try {
    assertInviteId(s, inviteId);
    bundle = openJson(
      deriveInviteKey(s),
      sealed,
      inviteAad(inviteId, 'bundle', 'invite-bundle', 'inviter'),
      inviteBundleSchema,
    );
  } catch {
    throw decryptFailed();
  }
  if (!isBundleSignedByInviter(bundle))
    throw new CryptoError('HEARTH_BAD_SIGNATURE', 'The invitation is not signed by the inviter.');
  return bundle;
}

const joinerNoteSchema = {
  parse(x: unknown): JoinerNote {
    if (typeof x !== 'object' || x === null || typeof (x as { name?: unknown }).name !== 'string') {
      throw new TypeError('note must be { name: string }');
    }
    return { name: (x as { name: string }).name };
  },
};

export function sealJoinerNote(s: Uint8Array, inviteId: string, note: JoinerNote, rng?: Rng): string {
  assertInviteId(s, inviteId);
  return sealJson(
    deriveInviteKey(s),
    KID_INVITE,
    { name: note.name },
    inviteAad(inviteId, 'joiner-note', 'invite-joiner', 'joiner'),
    rng,
  );
}

export function openJoinerNote(s: Uint8Array, inviteId: string, sealed: string): JoinerNote {
  try {
    assertInviteId(s, inviteId);
    return openJson(
      deriveInviteKey(s),
      sealed,
      inviteAad(inviteId, 'joiner-note', 'invite-joiner', 'joiner'),
      joinerNoteSchema,
    );
  } catch {
    throw decryptFailed();
  }
}

// ---- Accept MAC and safety code --------------------------------------------------------------

function acceptMessage(coupleId: string, inviter: PublicIdentity, joiner: PublicIdentity): Uint8Array {
  return encodeFields(INVITE_ACCEPT_DOMAIN, [
    coupleId,
    ...identityFields(decodeIdentity(inviter)),
    ...identityFields(decodeIdentity(joiner)),
  ]);
}

/** Proves the joiner knew `s`; the server cannot swap in other keys without it. */
export function computeAcceptMac(
  s: Uint8Array,
  coupleId: string,
  inviter: PublicIdentity,
  joiner: PublicIdentity,
): string {
  return toB64(hmacSha256(deriveInviteMacKey(s), acceptMessage(coupleId, inviter, joiner)));
}

export function verifyAcceptMac(
  s: Uint8Array,
  coupleId: string,
  inviter: PublicIdentity,
  joiner: PublicIdentity,
  mac: string,
): boolean {
  try {
    const expected = hmacSha256(deriveInviteMacKey(s), acceptMessage(coupleId, inviter, joiner));
    return equalBytes(expected, fromB64(mac));
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
  const da = decodeIdentity(a);
  const db = decodeIdentity(b);
  const [first, second] = compareBytes(da.ed25519, db.ed25519) <= 0 ? [da, db] : [db, da];
  const digest = sha256(
    encodeFields(SAFETY_CODE_DOMAIN, [coupleId, ...identityFields(first), ...identityFields(second)]),
  );
  const groups: string[] = [];
  for (let g = 0; g < SAFETY_GROUPS; g++) {
    let n = 0;
    for (let i = 0; i < SAFETY_GROUP_BYTES; i++) n = n * 256 + digest[g * SAFETY_GROUP_BYTES + i]!;
    groups.push(String(n % 100_000).padStart(5, '0'));
  }
  return groups.join(' ');
}
