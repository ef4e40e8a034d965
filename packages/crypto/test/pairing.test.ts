import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  computeAcceptMac,
  createInviteBundle,
  deriveInviteId,
  deriveInviteKey,
  deriveInviteMacKey,
  deriveMatchKey,
  generateCoupleKey,
  generateInviteSecret,
  generateUserKeys,
  inviteSecretFromFragment,
  inviteSecretToFragment,
  makePublicIdentity,
  matchTag,
  openInviteBundle,
  openJoinerNote,
  revealTag,
  safetyCode,
  sealInviteBundle,
  sealJoinerNote,
  sealJson,
  signInviteBundle,
  toB64,
  verifyAcceptMac,
  verifyPublicIdentity,
  type InviteBundle,
  type PublicIdentity,
} from '../src/index.js';

const generic = expect.objectContaining({ code: 'HEARTH_DECRYPT_FAILED' });
const badSignature = expect.objectContaining({ code: 'HEARTH_BAD_SIGNATURE' });

const aliceKeys = generateUserKeys();
const bobKeys = generateUserKeys();
const malloryKeys = generateUserKeys();
const alice = makePublicIdentity('usr_alice', aliceKeys);
const bob = makePublicIdentity('usr_bob', bobKeys);
const mallory = makePublicIdentity('usr_bob', malloryKeys); // same user id, the server's own keys

describe('public identity', () => {
  it('a freshly made identity verifies', () => {
    expect(verifyPublicIdentity(alice)).toBe(true);
  });

  it.each<[string, PublicIdentity]>([
    ['another user id', { ...alice, userId: 'usr_eve' }],
    ['another X25519 key', { ...alice, x25519: bob.x25519 }],
    ['another Ed25519 key', { ...alice, ed25519: bob.ed25519 }],
    ['a signature from another identity', { ...alice, signature: bob.signature }],
    ['a truncated signature', { ...alice, signature: alice.signature.slice(0, 40) }],
    ['a key that is not base64url', { ...alice, x25519: '!!!' }],
  ])('an identity with %s does not verify', (_label, tampered) => {
    expect(verifyPublicIdentity(tampered)).toBe(false);
  });
});

describe('invite secret derivations', () => {
  it('invite id, key and MAC key are deterministic functions of s and differ from each other', () => {
    const s = generateInviteSecret();
    const copy = Uint8Array.from(s);
    expect(deriveInviteId(s)).toBe(deriveInviteId(copy));
    expect(deriveInviteKey(s)).toEqual(deriveInviteKey(copy));
    expect(deriveInviteMacKey(s)).toEqual(deriveInviteMacKey(copy));
    expect(deriveInviteKey(s)).not.toEqual(deriveInviteMacKey(s));
    expect(deriveInviteId(s)).toMatch(/^[A-Za-z0-9_-]{22}$/);
  });

  it('different secrets give different invite ids', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ minLength: 32, maxLength: 32 }),
        fc.uint8Array({ minLength: 32, maxLength: 32 }),
        (a, b) => {
          fc.pre(toB64(a) !== toB64(b));
          expect(deriveInviteId(a)).not.toBe(deriveInviteId(b));
        },
      ),
      { numRuns: 50 },
    );
  });

  it('the link fragment round-trips, with or without its "#"', () => {
    const s = generateInviteSecret();
    const fragment = inviteSecretToFragment(s);
    expect(fragment).toHaveLength(43);
    expect(inviteSecretFromFragment(fragment)).toEqual(s);
    expect(inviteSecretFromFragment('#' + fragment)).toEqual(s);
  });

  it.each(['', 'short', 'A'.repeat(44), '#' + 'A'.repeat(42) + '+'])(
    'the malformed fragment "%s" is rejected',
    (f) => {
      expect(() => inviteSecretFromFragment(f)).toThrow(
        expect.objectContaining({ code: 'HEARTH_BAD_ENVELOPE' }),
      );
    },
  );
});

describe('invite bundle', () => {
  const s = generateInviteSecret();
  const inviteId = deriveInviteId(s);
  const ck = generateCoupleKey();
  const bundle = createInviteBundle('usr_alice', aliceKeys, 'cpl_1', ck, 'Alice');

  it('opens with the same s and yields the couple key and a verified inviter', () => {
    const opened = openInviteBundle(s, inviteId, sealInviteBundle(s, inviteId, bundle));
    expect(opened).toEqual(bundle);
    expect(opened.coupleKey).toBe(toB64(ck));
  });

  it('does not open with another s', () => {
    const other = generateInviteSecret();
    expect(() =>
      openInviteBundle(other, deriveInviteId(other), sealInviteBundle(s, inviteId, bundle)),
    ).toThrow(generic);
  });

  it('does not open under another invite id', () => {
    const sealed = sealInviteBundle(s, inviteId, bundle);
    expect(() => openInviteBundle(s, deriveInviteId(generateInviteSecret()), sealed)).toThrow(generic);
  });

  // Whoever holds s can re-seal; the signatures are what bind the bundle to the inviter.
  const resealed = (b: InviteBundle) =>
    sealJson(deriveInviteKey(s), 'invite', b, {
      scope: 'invite',
      ownerId: inviteId,
      recordId: 'bundle',
      recordType: 'invite-bundle',
      authorId: 'inviter',
      version: 0,
    });

  it.each<[string, InviteBundle]>([
    [
      'a substituted inviter identity (keys swapped, self-signature reused)',
      { ...bundle, inviter: { ...bundle.inviter, ed25519: bob.ed25519 } },
    ],
    ['a substituted inviter X25519 key', { ...bundle, inviter: { ...bundle.inviter, x25519: bob.x25519 } }],
    ['another couple id', { ...bundle, coupleId: 'cpl_2' }],
    ['a different, self-consistent inviter who did not sign this couple', { ...bundle, inviter: mallory }],
    ['a missing bundle signature', { ...bundle, bundleSignature: '' }],
  ])('a bundle with %s is rejected as badly signed', (_label, tampered) => {
    expect(() => openInviteBundle(s, inviteId, resealed(tampered))).toThrow(badSignature);
  });

  it('a bundle signed by the inviter for this couple but re-issued with a fully re-signed foreign identity is rejected', () => {
    const forged = {
      ...bundle,
      inviter: mallory,
      bundleSignature: signInviteBundle(aliceKeys, 'cpl_1', mallory),
    };
    expect(() => openInviteBundle(s, inviteId, resealed(forged))).toThrow(badSignature);
  });

  it('a bundle with a malformed couple key is rejected like tampering', () => {
    expect(() => openInviteBundle(s, inviteId, resealed({ ...bundle, coupleKey: 'AAAA' }))).toThrow(generic);
  });

  it('sealing under an invite id that does not belong to s is refused', () => {
    expect(() => sealInviteBundle(s, 'not-the-id', bundle)).toThrow(RangeError);
  });
});

describe('joiner note', () => {
  const s = generateInviteSecret();
  const inviteId = deriveInviteId(s);

  it('round-trips with the same s and is unreadable with another', () => {
    const sealed = sealJoinerNote(s, inviteId, { name: 'Bob' });
    expect(openJoinerNote(s, inviteId, sealed)).toEqual({ name: 'Bob' });
    const other = generateInviteSecret();
    expect(() => openJoinerNote(other, deriveInviteId(other), sealed)).toThrow(generic);
  });

  it('a bundle cannot be passed off as a joiner note (different record id and type in the AAD)', () => {
    const bundle = createInviteBundle('usr_alice', aliceKeys, 'cpl_1', generateCoupleKey(), 'Alice');
    expect(() => openJoinerNote(s, inviteId, sealInviteBundle(s, inviteId, bundle))).toThrow(generic);
  });
});

describe('accept MAC', () => {
  const s = generateInviteSecret();
  const mac = computeAcceptMac(s, 'cpl_1', alice, bob);

  it('verifies for the same secret, couple and keys', () => {
    expect(verifyAcceptMac(s, 'cpl_1', alice, bob, mac)).toBe(true);
  });

  it.each<[string, () => boolean]>([
    ['a substituted joiner key set', () => verifyAcceptMac(s, 'cpl_1', alice, mallory, mac)],
    [
      'a substituted joiner X25519 key only',
      () => verifyAcceptMac(s, 'cpl_1', alice, { ...bob, x25519: mallory.x25519 }, mac),
    ],
    ['a substituted inviter', () => verifyAcceptMac(s, 'cpl_1', mallory, bob, mac)],
    ['another couple id', () => verifyAcceptMac(s, 'cpl_2', alice, bob, mac)],
    ['inviter and joiner swapped', () => verifyAcceptMac(s, 'cpl_1', bob, alice, mac)],
    ['another secret', () => verifyAcceptMac(generateInviteSecret(), 'cpl_1', alice, bob, mac)],
    ['a truncated MAC', () => verifyAcceptMac(s, 'cpl_1', alice, bob, mac.slice(0, 20))],
    ['a MAC that is not base64url', () => verifyAcceptMac(s, 'cpl_1', alice, bob, '***')],
  ])('fails for %s', (_label, check) => {
    expect(check()).toBe(false);
  });

  it('a server without s cannot produce a MAC for substituted keys (it would need K_mac)', () => {
    const guess = computeAcceptMac(generateInviteSecret(), 'cpl_1', alice, mallory);
    expect(verifyAcceptMac(s, 'cpl_1', alice, mallory, guess)).toBe(false);
  });
});

describe('safety code', () => {
  it('is four groups of five digits', () => {
    expect(safetyCode('cpl_1', alice, bob)).toMatch(/^\d{5} \d{5} \d{5} \d{5}$/);
  });

  it('is the same on both screens, whatever the argument order', () => {
    expect(safetyCode('cpl_1', alice, bob)).toBe(safetyCode('cpl_1', bob, alice));
  });

  it.each<[string, () => string]>([
    ['a substituted partner key set', () => safetyCode('cpl_1', alice, mallory)],
    ['a substituted X25519 key only', () => safetyCode('cpl_1', alice, { ...bob, x25519: mallory.x25519 })],
    ['another couple id', () => safetyCode('cpl_2', alice, bob)],
    ['another partner user id', () => safetyCode('cpl_1', alice, { ...bob, userId: 'usr_carol' })],
  ])('changes for %s', (_label, code) => {
    expect(code()).not.toBe(safetyCode('cpl_1', alice, bob));
  });
});

describe('opaque tags', () => {
  const ck = generateCoupleKey();

  it('the reveal tag is the same for both partners and differs by prompt and by date', () => {
    const tag = revealTag(ck, 'daily-1', '2025-03-14');
    expect(revealTag(Uint8Array.from(ck), 'daily-1', '2025-03-14')).toBe(tag);
    expect(revealTag(ck, 'daily-2', '2025-03-14')).not.toBe(tag);
    expect(revealTag(ck, 'daily-1', '2025-03-15')).not.toBe(tag);
    expect(tag).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it.each(['14.03.2025', '2025-3-14', ''])('the reveal tag refuses the date "%s"', (date) => {
    expect(() => revealTag(ck, 'daily-1', date)).toThrow(TypeError);
  });

  it('match tags are 16 bytes, per round and per item', () => {
    const r1 = deriveMatchKey(ck, 'round-1');
    const r2 = deriveMatchKey(ck, 'round-2');
    expect(matchTag(r1, 'item-1')).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(matchTag(r1, 'item-1')).not.toBe(matchTag(r2, 'item-1'));
    expect(matchTag(r1, 'item-1')).not.toBe(matchTag(r1, 'item-2'));
  });
});
