import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CryptoError,
  DECRYPT_FAILED_MESSAGE,
  encodeAad,
  fromB64,
  isEnvelope,
  open,
  openJson,
  parseEnvelope,
  readEnvelopeKid,
  seal,
  sealJson,
  toB64,
  type AadFields,
  type Scope,
} from '../src/index.js';

const key = Uint8Array.from({ length: 32 }, (_, i) => i);
const otherKey = Uint8Array.from({ length: 32 }, (_, i) => 255 - i);
const aad: AadFields = {
  scope: 'couple',
  ownerId: 'cpl_1',
  recordId: 'rec_1',
  recordType: 'record',
  authorId: 'usr_a',
  version: 3,
};

/** Runs `fn` and returns the CryptoError it throws (fails the test if it does not throw one). */
function failure(fn: () => unknown): CryptoError {
  try {
    fn();
  } catch (e) {
    if (e instanceof CryptoError) return e;
    throw new Error(`expected a CryptoError, got ${String(e)}`, { cause: e });
  }
  throw new Error('expected a failure, but the call succeeded');
}

function expectGenericFailure(fn: () => unknown): void {
  const e = failure(fn);
  expect(e.code).toBe('HEARTH_DECRYPT_FAILED');
  expect(e.message).toBe(DECRYPT_FAILED_MESSAGE);
  expect(e.cause).toBeUndefined();
}

const text = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 });
const aadArb: fc.Arbitrary<AadFields> = fc.record({
  scope: fc.constantFrom<Scope>('user', 'couple', 'grant', 'invite'),
  ownerId: text,
  recordId: text,
  recordType: text,
  authorId: text,
  version: fc.maxSafeNat(),
});
const kidArb = fc.stringMatching(/^[A-Za-z0-9_-]{1,64}$/);

describe('envelope v1 round trip', () => {
  it('open(seal(x)) returns x for arbitrary bytes, kids and AAD fields', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2048 }), kidArb, aadArb, (plaintext, kid, fields) => {
        expect(open(key, seal(key, kid, plaintext, fields), fields)).toEqual(plaintext);
      }),
      { numRuns: 300 },
    );
  });

  it('the sealed string has the form v1.<kid>.<32-char nonce>.<ciphertext> and parses back', () => {
    const sealed = seal(key, 'ck-0', new Uint8Array([1, 2, 3]), aad);
    expect(sealed).toMatch(/^v1\.ck-0\.[A-Za-z0-9_-]{32}\.[A-Za-z0-9_-]+$/);
    const parsed = parseEnvelope(sealed);
    expect(parsed.v).toBe(1);
    expect(parsed.kid).toBe('ck-0');
    expect(parsed.nonce).toHaveLength(24);
    expect(parsed.ciphertext).toHaveLength(3 + 16);
    expect(readEnvelopeKid(sealed)).toBe('ck-0');
    expect(isEnvelope(sealed)).toBe(true);
  });

  it('sealJson/openJson round-trip a value and run it through the schema', () => {
    const value = { a: [1, 'two', null], b: { c: true } };
    const sealed = sealJson(key, 'k', value, aad);
    expect(openJson(key, sealed, aad, { parse: (x) => x })).toEqual(value);
  });

  it('no nonce repeats across 20,000 seals with the real random source', () => {
    const nonces = new Set<string>();
    for (let i = 0; i < 20_000; i++) nonces.add(seal(key, 'k', new Uint8Array(0), aad).split('.')[2]!);
    expect(nonces.size).toBe(20_000);
  });
});

describe('envelope v1 rejections (all with the one generic error)', () => {
  it('any single flipped bit in the nonce or ciphertext is rejected', () => {
    const sealed = seal(key, 'k', new TextEncoder().encode('a secret worth protecting'), aad);
    const { nonce, ciphertext } = parseEnvelope(sealed);
    const bits = (nonce.length + ciphertext.length) * 8;
    fc.assert(
      fc.property(fc.nat(bits - 1), (bit) => {
        const bytes = new Uint8Array([...nonce, ...ciphertext]);
        bytes[bit >> 3]! ^= 1 << (bit & 7);
        const tampered = `v1.k.${toB64(bytes.subarray(0, 24))}.${toB64(bytes.subarray(24))}`;
        expectGenericFailure(() => open(key, tampered, aad));
      }),
      { numRuns: bits }, // enough runs to visit most bits; the exhaustive sweep is below
    );
    for (let bit = 0; bit < bits; bit++) {
      const bytes = new Uint8Array([...nonce, ...ciphertext]);
      bytes[bit >> 3]! ^= 1 << (bit & 7);
      expect(() =>
        open(key, `v1.k.${toB64(bytes.subarray(0, 24))}.${toB64(bytes.subarray(24))}`, aad),
      ).toThrow(CryptoError);
    }
  });

  it('any changed character of the envelope string is rejected', () => {
    const sealed = seal(key, 'kid', new Uint8Array([9, 8, 7]), aad);
    fc.assert(
      fc.property(fc.nat(sealed.length - 1), fc.constantFrom(...'AZaz09-_.xv2'), (index, ch) => {
        fc.pre(sealed[index] !== ch);
        const tampered = sealed.slice(0, index) + ch + sealed.slice(index + 1);
        expectGenericFailure(() => open(key, tampered, aad));
      }),
      { numRuns: 500 },
    );
  });

  const fields = ['scope', 'ownerId', 'recordId', 'recordType', 'authorId', 'version'] as const;
  it.each(fields)('a changed %s in the expected AAD is rejected', (field) => {
    fc.assert(
      fc.property(aadArb, aadArb, fc.uint8Array({ maxLength: 64 }), (original, other, plaintext) => {
        fc.pre(original[field] !== other[field]);
        const sealed = seal(key, 'k', plaintext, original);
        expectGenericFailure(() => open(key, sealed, { ...original, [field]: other[field] }));
      }),
      { numRuns: 100 },
    );
  });

  it.each<Scope>(['user', 'grant', 'invite'])(
    'a couple-scope envelope opened as %s scope is rejected',
    (scope) => {
      const sealed = seal(key, 'k', new Uint8Array([1]), aad);
      expectGenericFailure(() => open(key, sealed, { ...aad, scope }));
    },
  );

  it('a changed kid is rejected, because the kid is part of the AAD', () => {
    const sealed = seal(key, 'ck-1', new Uint8Array([1]), aad);
    expectGenericFailure(() => open(key, sealed.replace('v1.ck-1.', 'v1.ck-2.'), aad));
  });

  it('the wrong key is rejected', () => {
    expectGenericFailure(() => open(otherKey, seal(key, 'k', new Uint8Array([1]), aad), aad));
  });

  it.each(['v0', 'v2', 'V1', 'v10', '1', ''])(
    'an otherwise valid envelope with version prefix "%s" is rejected',
    (prefix) => {
      const sealed = seal(key, 'k', new Uint8Array([1]), aad);
      expectGenericFailure(() => open(key, prefix + sealed.slice(2), aad));
      expect(isEnvelope(prefix + sealed.slice(2))).toBe(false);
    },
  );

  it.each([
    ['empty string', ''],
    ['too few parts', 'v1.k.AAAA'],
    ['too many parts', 'v1.k.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA.AAAAAAAAAAAAAAAAAAAAAA.x'],
    ['short nonce', 'v1.k.AAAA.AAAAAAAAAAAAAAAAAAAAAA'],
    ['ciphertext shorter than a tag', 'v1.k.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA.AAAA'],
    ['standard base64 characters', 'v1.k.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+.AAAAAAAAAAAAAAAAAAAAAA'],
    ['padding characters', 'v1.k.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA.AAAAAAAAAAAAAAAAAAAAAA=='],
    ['a kid with a space', 'v1.a b.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA.AAAAAAAAAAAAAAAAAAAAAA'],
    ['whitespace around it', ' v1.k.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA.AAAAAAAAAAAAAAAAAAAAAA'],
  ])('a malformed envelope (%s) is rejected', (_label, malformed) => {
    expectGenericFailure(() => open(key, malformed, aad));
    expect(isEnvelope(malformed)).toBe(false);
    expect(() => parseEnvelope(malformed)).toThrow(expect.objectContaining({ code: 'HEARTH_BAD_ENVELOPE' }));
  });

  it('non-string input is rejected, not crashed on', () => {
    expectGenericFailure(() => open(key, 42 as unknown as string, aad));
    expect(isEnvelope({})).toBe(false);
  });

  it('a JSON envelope whose content fails the schema is rejected like tampering', () => {
    const sealed = sealJson(key, 'k', { name: 7 }, aad);
    const schema = {
      parse(x: unknown) {
        if (typeof (x as { name?: unknown }).name !== 'string') throw new Error('name must be text');
        return x;
      },
    };
    expectGenericFailure(() => openJson(key, sealed, aad, schema));
  });

  it('a JSON envelope holding bytes that are not UTF-8 JSON is rejected like tampering', () => {
    expectGenericFailure(() =>
      openJson(key, seal(key, 'k', new Uint8Array([0xff, 0xfe]), aad), aad, { parse: (x) => x }),
    );
    expectGenericFailure(() =>
      openJson(key, seal(key, 'k', new TextEncoder().encode('{nope'), aad), aad, { parse: (x) => x }),
    );
  });

  it('every way of failing yields the same code and message', () => {
    const sealed = seal(key, 'k', new Uint8Array([1, 2]), aad);
    const failures = [
      () => open(otherKey, sealed, aad),
      () => open(key, sealed, { ...aad, version: 4 }),
      () => open(key, sealed, { ...aad, scope: 'user' }),
      () => open(key, 'v2' + sealed.slice(2), aad),
      () => open(key, 'garbage', aad),
      () => open(key, sealed.slice(0, -2), aad),
      () => open(key, sealed, { ...aad, ownerId: '' }),
      () => openJson(key, sealed, aad, { parse: (x) => x }),
    ].map(failure);
    expect(new Set(failures.map((e) => `${e.name}|${e.code}|${e.message}`)).size).toBe(1);
  });
});

describe('AAD encoding', () => {
  it('matches the byte layout documented in docs/crypto-format.md', () => {
    const hex = (s: string) => Buffer.from(s, 'utf8').toString('hex');
    const field = (s: string) => Buffer.from(s, 'utf8').length.toString(16).padStart(8, '0') + hex(s);
    const expected =
      hex('hearth/aad/v1') +
      ['1', 'ck-0', 'couple', 'cpl_1', 'rec_1', 'record', 'usr_a', '3'].map(field).join('');
    expect(Buffer.from(encodeAad(aad, 'ck-0')).toString('hex')).toBe(expected);
  });

  it('is injective across field boundaries (length prefixes stop "ab"+"c" colliding with "a"+"bc")', () => {
    const a = encodeAad({ ...aad, ownerId: 'ab', recordId: 'c' }, 'k');
    const b = encodeAad({ ...aad, ownerId: 'a', recordId: 'bc' }, 'k');
    expect(a).not.toEqual(b);
  });

  it.each([
    ['an unknown scope', { ...aad, scope: 'team' as Scope }, TypeError],
    ['an empty owner', { ...aad, ownerId: '' }, TypeError],
    ['a lone surrogate', { ...aad, recordId: 'x\uD800' }, TypeError],
    ['a negative version', { ...aad, version: -1 }, RangeError],
    ['a fractional version', { ...aad, version: 1.5 }, RangeError],
    ['an unsafe integer version', { ...aad, version: 2 ** 53 }, RangeError],
  ])('sealing with %s is refused as a programming error', (_label, bad, errorClass) => {
    expect(() => seal(key, 'k', new Uint8Array(0), bad)).toThrow(errorClass);
  });

  it.each(['', 'a.b', 'x'.repeat(65), 'ümlaut'])('sealing with the invalid kid "%s" is refused', (kid) => {
    expect(() => seal(key, kid, new Uint8Array(0), aad)).toThrow(TypeError);
  });

  it('sealing with a key that is not 32 bytes is refused', () => {
    expect(() => seal(new Uint8Array(31), 'k', new Uint8Array(0), aad)).toThrow(RangeError);
  });

  it('a pinned rng that returns the wrong number of bytes is refused', () => {
    expect(() => seal(key, 'k', new Uint8Array(0), aad, () => new Uint8Array(12))).toThrow(RangeError);
  });

  it('fromB64 decodes what toB64 encodes, for any bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        expect(fromB64(toB64(bytes))).toEqual(bytes);
      }),
    );
  });
});
