import { encodeFields } from './canonical.js';
import { draw, equalBytes, fromB64, toB64, type Rng } from './encoding.js';
import { CryptoError, decryptFailed } from './errors.js';
import { openJson, sealJson, type AadFields } from './envelope.js';
import type { UserKeys } from './keys.js';
import {
  decodePublicIdentity,
  makePublicIdentity,
  publicIdentityFields,
  verifyPublicIdentity,
  type PublicIdentity,
} from './identity.js';
import { KEY_BYTES, ed25519Sign, ed25519Verify, hkdfSha256, hmacSha256, sha256 } from './primitives.js';

// Pairing (PRIVACY.md): the inviter's browser makes a secret s that travels only in the link
// fragment; everything the server relays between the two partners is sealed or MACed under
// keys derived from s, and signed by the inviter's identity key.

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

export const INVITE_BUNDLE_DOMAIN = 'hearth/invite-bundle/v1';
export const INVITE_ACCEPT_DOMAIN = 'hearth/invite-accept/v1';
export const INVITE_ID_INFO = 'hearth/invite/id/v1';
export const INVITE_KEY_INFO = 'hearth/invite/key/v1';
export const INVITE_MAC_INFO = 'hearth/invite/mac/v1';
export const INVITE_ACCEPT_INFO = 'hearth/invite/accept/v1';
export const KID_INVITE = 'invite';

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

/**
 * Proof that whoever accepts an invite holds the link: the joiner sends this token, and the
 * server, which was given only its SHA-256 (the verifier) when the invite was published, checks
 * it. A separate HKDF output, so the server learns nothing that opens the bundle or forges the MAC.
 */
export function deriveInviteAcceptToken(s: Uint8Array): string {
  return toB64(hkdfSha256(inviteSecret(s), INVITE_ACCEPT_INFO, KEY_BYTES));
}

/** What the server stores to check an accept token: SHA-256 of its bytes, base64url. */
export function inviteAcceptVerifier(acceptToken: string): string {
  return toB64(sha256(fromB64(acceptToken)));
}

// ---- Invite bundle (A → B) and joiner note (B → A) ----------------------------------------

function inviteAad(inviteId: string, recordId: string, recordType: string, authorId: string): AadFields {
  return { scope: 'invite', ownerId: inviteId, recordId, recordType, authorId, version: 0 };
}

function bundleMessage(coupleId: string, inviter: PublicIdentity): Uint8Array {
  return encodeFields(INVITE_BUNDLE_DOMAIN, [
    coupleId,
    ...publicIdentityFields(decodePublicIdentity(inviter)),
  ]);
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

// ---- Accept MAC --------------------------------------------------------------

function acceptMessage(coupleId: string, inviter: PublicIdentity, joiner: PublicIdentity): Uint8Array {
  return encodeFields(INVITE_ACCEPT_DOMAIN, [
    coupleId,
    ...publicIdentityFields(decodePublicIdentity(inviter)),
    ...publicIdentityFields(decodePublicIdentity(joiner)),
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
