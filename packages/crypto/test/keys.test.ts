import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DECRYPT_FAILED_MESSAGE,
  deriveKekFromExportKey,
  deriveKekFromRecoveryKey,
  encodeRecoveryKey,
  generateCoupleKey,
  generateRecoveryKey,
  generateUserKeys,
  parseRecoveryKey,
  rewrapUmk,
  unwrapCoupleKey,
  unwrapUserKeys,
  wrapCoupleKey,
  wrapUserKeys,
  x25519Shared,
} from '../src/index.js';

const generic = expect.objectContaining({ code: 'HEARTH_DECRYPT_FAILED', message: DECRYPT_FAILED_MESSAGE });
const exportKey = Uint8Array.from({ length: 64 }, (_, i) => i * 3);

type Wrapped = { umk: string; via: 'password' | 'recovery'; identity: string; pdk: string };
/** Chooses what a (possibly hostile) server hands to unwrapUserKeys. */
type ServedBlobs = (s: ReturnType<typeof setUp>) => [userId: string, wrapped: Wrapped, kek: Uint8Array];

function setUp() {
  const keys = generateUserKeys();
  const recovery = generateRecoveryKey();
  const kekPassword = deriveKekFromExportKey(exportKey);
  const kekRecovery = deriveKekFromRecoveryKey(recovery.bytes);
  const wrapped = wrapUserKeys('usr_a', keys, kekPassword, kekRecovery);
  return { keys, recovery, kekPassword, kekRecovery, wrapped };
}

describe('key hierarchy', () => {
  it('user keys wrapped under the password KEK and the recovery KEK both unwrap to the same UMK and keys', () => {
    const { keys, kekPassword, kekRecovery, wrapped } = setUp();
    const viaPassword = unwrapUserKeys(
      'usr_a',
      { umk: wrapped.umkByPassword, via: 'password', identity: wrapped.identity, pdk: wrapped.pdk },
      kekPassword,
    );
    const viaRecovery = unwrapUserKeys(
      'usr_a',
      { umk: wrapped.umkByRecovery, via: 'recovery', identity: wrapped.identity, pdk: wrapped.pdk },
      kekRecovery,
    );
    expect(viaPassword).toEqual(keys);
    expect(viaRecovery).toEqual(keys);
  });

  it('unwrapped identity keys are a working key pair (public keys are re-derived, not trusted from storage)', () => {
    const { keys, kekPassword, wrapped } = setUp();
    const other = generateUserKeys();
    const back = unwrapUserKeys(
      'usr_a',
      { umk: wrapped.umkByPassword, via: 'password', identity: wrapped.identity, pdk: wrapped.pdk },
      kekPassword,
    );
    expect(x25519Shared(back.x25519.secretKey, other.x25519.publicKey)).toEqual(
      x25519Shared(other.x25519.secretKey, keys.x25519.publicKey),
    );
  });

  it('the KEKs are domain-separated: the same input bytes give different password and recovery KEKs', () => {
    const bytes = new Uint8Array(32).fill(7);
    expect(deriveKekFromExportKey(bytes)).not.toEqual(deriveKekFromRecoveryKey(bytes.subarray(0, 20)));
  });

  it.each<[string, ServedBlobs]>([
    [
      'a wrong password KEK',
      (s) => [
        'usr_a',
        { umk: s.wrapped.umkByPassword, via: 'password', identity: s.wrapped.identity, pdk: s.wrapped.pdk },
        s.kekRecovery,
      ],
    ],
    [
      'the recovery wrap presented as the password wrap',
      (s) => [
        'usr_a',
        { umk: s.wrapped.umkByRecovery, via: 'password', identity: s.wrapped.identity, pdk: s.wrapped.pdk },
        s.kekRecovery,
      ],
    ],
    [
      'another user id',
      (s) => [
        'usr_b',
        { umk: s.wrapped.umkByPassword, via: 'password', identity: s.wrapped.identity, pdk: s.wrapped.pdk },
        s.kekPassword,
      ],
    ],
    [
      'the PDK wrap served as the identity',
      (s) => [
        'usr_a',
        { umk: s.wrapped.umkByPassword, via: 'password', identity: s.wrapped.pdk, pdk: s.wrapped.pdk },
        s.kekPassword,
      ],
    ],
    [
      'the identity served as the PDK wrap',
      (s) => [
        'usr_a',
        {
          umk: s.wrapped.umkByPassword,
          via: 'password',
          identity: s.wrapped.identity,
          pdk: s.wrapped.identity,
        },
        s.kekPassword,
      ],
    ],
  ])('unwrapping with %s fails with the generic error', (_label, pick) => {
    const [userId, wrapped, kek] = pick(setUp());
    expect(() => unwrapUserKeys(userId, wrapped, kek)).toThrow(generic);
  });

  it('another user’s wrapped keys cannot be substituted, even with that user’s real KEK', () => {
    const a = setUp();
    const b = setUp();
    expect(() =>
      unwrapUserKeys(
        'usr_a',
        { umk: a.wrapped.umkByPassword, via: 'password', identity: b.wrapped.identity, pdk: a.wrapped.pdk },
        a.kekPassword,
      ),
    ).toThrow(generic);
  });

  it('rewrapUmk under a new password KEK unwraps to the same keys, and the old KEK no longer opens the new wrap', () => {
    const { keys, kekPassword, wrapped } = setUp();
    const newKek = deriveKekFromExportKey(new Uint8Array(64).fill(9));
    const umk = rewrapUmk('usr_a', keys.umk, newKek, 'password');
    expect(
      unwrapUserKeys('usr_a', { umk, via: 'password', identity: wrapped.identity, pdk: wrapped.pdk }, newKek),
    ).toEqual(keys);
    expect(() =>
      unwrapUserKeys(
        'usr_a',
        { umk, via: 'password', identity: wrapped.identity, pdk: wrapped.pdk },
        kekPassword,
      ),
    ).toThrow(generic);
  });

  it('an export key shorter than 32 bytes is refused', () => {
    expect(() => deriveKekFromExportKey(new Uint8Array(16))).toThrow(RangeError);
  });
});

describe('couple keys', () => {
  const umk = new Uint8Array(32).fill(1);
  const ck = generateCoupleKey();

  it('a couple key wrapped under the UMK unwraps for the same user, couple and epoch', () => {
    expect(unwrapCoupleKey('usr_a', umk, 'cpl_1', 3, wrapCoupleKey('usr_a', umk, 'cpl_1', 3, ck))).toEqual(
      ck,
    );
  });

  it.each([
    ['another epoch', 'usr_a', 'cpl_1', 2],
    ['another couple (a former partner’s key)', 'usr_a', 'cpl_2', 3],
    ['another user', 'usr_b', 'cpl_1', 3],
  ] as const)('a wrapped couple key cannot be opened as %s', (_label, userId, coupleId, epoch) => {
    const wrapped = wrapCoupleKey('usr_a', umk, 'cpl_1', 3, ck);
    expect(() => unwrapCoupleKey(userId, umk, coupleId, epoch, wrapped)).toThrow(generic);
  });
});

describe('recovery key', () => {
  it('displays 160 bits as 8 dash-separated groups of 4 Crockford base32 characters', () => {
    const { bytes, display } = generateRecoveryKey();
    expect(bytes).toHaveLength(20);
    expect(display).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){7}$/);
  });

  it('parses its own display form back to the same bytes, for any key', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 20, maxLength: 20 }), (bytes) => {
        expect(parseRecoveryKey(encodeRecoveryKey(bytes))).toEqual(bytes);
      }),
    );
  });

  it('encodes bits most-significant first (documented example)', () => {
    const bytes = Uint8Array.from({ length: 20 }, (_, i) => i);
    expect(encodeRecoveryKey(bytes)).toBe('000G-40R4-0M30-E209-185G-R38E-1W81-24GK');
  });

  const canonical = '000G-40R4-0M30-E209-185G-R38E-1W81-24GK';
  it.each([
    ['lowercase', canonical.toLowerCase()],
    ['spaces instead of dashes', canonical.replaceAll('-', ' ')],
    ['no separators at all', canonical.replaceAll('-', '')],
    ['stray spaces and a trailing newline', ` ${canonical.slice(0, 9)}  ${canonical.slice(9)}\n`],
    ['O typed for 0', canonical.replaceAll('0', 'O')],
    ['o typed for 0', canonical.replaceAll('0', 'o')],
    ['I typed for 1', canonical.replaceAll('1', 'I')],
    ['l typed for 1', canonical.replaceAll('1', 'l')],
  ])('parsing is tolerant of %s', (_label, typed) => {
    expect(parseRecoveryKey(typed)).toEqual(parseRecoveryKey(canonical));
  });

  it.each([
    ['one character short', canonical.slice(0, -1)],
    ['one character too many', canonical + 'A'],
    ['a U (excluded from the alphabet)', 'U' + canonical.slice(1)],
    ['punctuation', canonical.replace('-', '.')],
    ['an empty string', ''],
  ])('a recovery key with %s is rejected', (_label, typed) => {
    expect(() => parseRecoveryKey(typed)).toThrow(
      expect.objectContaining({ code: 'HEARTH_BAD_RECOVERY_KEY' }),
    );
  });
});
