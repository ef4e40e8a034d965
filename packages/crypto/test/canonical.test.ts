import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  AAD_DOMAIN,
  encodeAad,
  encodeFields,
  isWellFormedText,
  SCOPES,
  type AadFields,
} from '../src/index.js';
import { wellFormedUtf8Length, writeUtf8 } from '../src/utf8-into.js';

// encodeFields and encodeAad were rewritten for speed (one buffer, no TextEncoder per field).
// The bytes they produce are the format, so they are checked here against the straightforward
// encoder they replaced: TextEncoder per field, a pattern for lone surrogates, a DataView for
// the lengths.

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const textEncoder = new TextEncoder();

function referenceEncodeFields(domain: string, fields: ReadonlyArray<string | Uint8Array>): Uint8Array {
  const prefix = textEncoder.encode(domain);
  const parts = fields.map((f) => {
    if (typeof f === 'string' && LONE_SURROGATE.test(f))
      throw new TypeError('text fields must be well-formed Unicode');
    return typeof f === 'string' ? textEncoder.encode(f) : f;
  });
  const out = new Uint8Array(prefix.length + parts.reduce((sum, p) => sum + 4 + p.length, 0));
  const view = new DataView(out.buffer);
  out.set(prefix, 0);
  let o = prefix.length;
  for (const bytes of parts) {
    view.setUint32(o, bytes.length, false);
    out.set(bytes, o + 4);
    o += 4 + bytes.length;
  }
  return out;
}

function referenceEncodeAad(fields: AadFields, kid: string): Uint8Array {
  const { scope, ownerId, recordId, recordType, authorId, version } = fields;
  return referenceEncodeFields('hearth/aad/v1', [
    '1',
    kid,
    scope,
    ownerId,
    recordId,
    recordType,
    authorId,
    String(version),
  ]);
}

// Compared as hex: a failing case then shows readable bytes, and it is much faster than
// comparing typed arrays element by element.
const hex = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('hex');

/** The bytes as hex, or the class of the error thrown, so "both refuse" compares equal too. */
function outcome(fn: () => Uint8Array): string {
  try {
    return hex(fn());
  } catch (e) {
    return e instanceof Error ? `throws ${e.constructor.name}` : 'throws a non-error';
  }
}

const fromCode = (code: number) => String.fromCharCode(code);
// Every UTF-8 width, the boundaries between them, astral code points, BOM/U+FFFD look-alikes and
// lone surrogate halves (which may still meet a partner by chance and form a valid pair).
const wellFormedUnit = fc.oneof(
  fc.integer({ min: 0, max: 0x7f }).map(fromCode),
  fc.integer({ min: 0x80, max: 0x7ff }).map(fromCode),
  fc.integer({ min: 0x800, max: 0xd7ff }).map(fromCode),
  fc.integer({ min: 0xe000, max: 0xffff }).map(fromCode),
  fc.integer({ min: 0x10000, max: 0x10ffff }).map((cp) => String.fromCodePoint(cp)),
  fc
    .constantFrom(0, 0x7f, 0x80, 0x7ff, 0x800, 0xd7ff, 0xe000, 0xfeff, 0xfffd, 0xffff, 0x10000, 0x10ffff)
    .map((cp) => String.fromCodePoint(cp)),
);
const anyUnit = fc.oneof(
  { arbitrary: wellFormedUnit, weight: 8 },
  { arbitrary: fc.integer({ min: 0xd800, max: 0xdbff }).map(fromCode), weight: 1 },
  { arbitrary: fc.integer({ min: 0xdc00, max: 0xdfff }).map(fromCode), weight: 1 },
);
// Empty and one-unit strings, typical ids, and strings past 255 bytes (two length bytes in use).
const sized = (unit: fc.Arbitrary<string>) =>
  fc.oneof(
    fc.string({ unit, maxLength: 2 }),
    fc.string({ unit, maxLength: 40 }),
    fc.string({ unit, minLength: 100, maxLength: 300 }),
  );
const wellFormedText = sized(wellFormedUnit);
const anyText = sized(anyUnit);
const bytesField = fc
  .tuple(fc.uint8Array({ maxLength: 80 }), fc.nat(3))
  // A view that does not start at offset 0 of its buffer, as subarrays of a bigger buffer do.
  .map(([bytes, skip]) => {
    const buffer = new Uint8Array(bytes.length + skip);
    buffer.set(bytes, skip);
    return buffer.subarray(skip);
  });

describe('UTF-8 written into a buffer', () => {
  it('measures exactly what TextEncoder produces, and -1 for strings with a lone surrogate', () => {
    fc.assert(
      fc.property(anyText, (s) => {
        const expected = LONE_SURROGATE.test(s) ? -1 : textEncoder.encode(s).length;
        expect(wellFormedUtf8Length(s)).toBe(expected);
      }),
      { numRuns: 2000 },
    );
  });

  it('writes exactly the TextEncoder bytes at an offset and touches nothing around them', () => {
    fc.assert(
      fc.property(wellFormedText, fc.nat(8), (s, offset) => {
        const expected = textEncoder.encode(s);
        const out = new Uint8Array(offset + expected.length + 8).fill(0xaa);
        expect(writeUtf8(s, out, offset)).toBe(offset + expected.length);
        expect(hex(out.subarray(offset, offset + expected.length))).toBe(hex(expected));
        expect(out.subarray(0, offset).every((b) => b === 0xaa)).toBe(true);
        expect(out.subarray(offset + expected.length).every((b) => b === 0xaa)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it.each([
    ['a high surrogate at the end', 'ab\uD83D'],
    ['a low surrogate at the start', '\uDE00ab'],
    ['two high surrogates', '\uD83D\uD83Dx'],
    ['a pair written backwards', '\uDE00\uD83D'],
  ])('refuses %s', (_label, s) => {
    expect(wellFormedUtf8Length(s)).toBe(-1);
    expect(isWellFormedText(s)).toBe(false);
  });

  it('isWellFormedText agrees with the lone-surrogate pattern', () => {
    fc.assert(
      fc.property(anyText, (s) => {
        expect(isWellFormedText(s)).toBe(!LONE_SURROGATE.test(s));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('encodeFields gives the same bytes as the reference encoder', () => {
  const domain = fc.oneof(
    fc.constantFrom(AAD_DOMAIN, 'hearth/identity/v1', 'hearth/safety-code/v1', ''),
    anyText, // more distinct domains than the cache holds, and ill-formed ones (encoded as before)
  );
  const field = fc.oneof({ arbitrary: anyText, weight: 3 }, { arbitrary: bytesField, weight: 1 });

  it('for any domain and any mix of text and byte fields, refusing exactly the same inputs', () => {
    fc.assert(
      fc.property(domain, fc.array(field, { maxLength: 10 }), (d, fields) => {
        expect(outcome(() => encodeFields(d, fields))).toBe(outcome(() => referenceEncodeFields(d, fields)));
      }),
      { numRuns: 3000 },
    );
  });

  it('for a field longer than 65,535 bytes (three length bytes in use)', () => {
    const long = '€'.repeat(30_000) + '😀'.repeat(100) + 'x'; // 90,000 + 400 + 1 bytes
    const bytes = new Uint8Array(70_000).map((_, i) => i % 251);
    const fields = ['a', long, bytes, ''];
    expect(hex(encodeFields(AAD_DOMAIN, fields))).toBe(hex(referenceEncodeFields(AAD_DOMAIN, fields)));
  });

  it('with a lone surrogate in a field, refuses with a TypeError', () => {
    expect(() => encodeFields(AAD_DOMAIN, ['ok', 'x\uD800'])).toThrow(TypeError);
  });
});

describe('encodeAad gives the same bytes as the reference encoder', () => {
  const text = fc.oneof(
    fc.uuid(),
    fc.string({ unit: wellFormedUnit, minLength: 1, maxLength: 40 }),
    fc.string({ unit: wellFormedUnit, minLength: 200, maxLength: 300 }),
  );
  const aadArb: fc.Arbitrary<AadFields> = fc.record({
    scope: fc.constantFrom(...SCOPES),
    ownerId: text,
    recordId: text,
    recordType: fc.oneof(fc.constantFrom('record', 'dek', 'key', 'invite-bundle'), text),
    authorId: text,
    version: fc.oneof(fc.constantFrom(0, 1, 9, 10, Number.MAX_SAFE_INTEGER), fc.maxSafeNat()),
  });
  const kid = fc.oneof(
    fc.constantFrom('dek', 'pdk', 'umk', 'ck-0'),
    fc.stringMatching(/^[A-Za-z0-9_-]{1,64}$/),
  );

  it('for random fields, including non-ASCII and astral text and edge versions', () => {
    fc.assert(
      fc.property(aadArb, kid, (fields, k) => {
        expect(hex(encodeAad(fields, k))).toBe(hex(referenceEncodeAad(fields, k)));
      }),
      { numRuns: 3000 },
    );
  });

  it('for the same record fields encoded many times over (nothing carried between calls)', () => {
    const fields: AadFields = {
      scope: 'couple',
      ownerId: 'cpl_ü',
      recordId: 'rec_😀',
      recordType: 'record',
      authorId: 'usr_a',
      version: 7,
    };
    const expected = hex(referenceEncodeAad(fields, 'dek'));
    const other = { ...fields, ownerId: 'x'.repeat(300) };
    for (let i = 0; i < 50; i++) {
      expect(hex(encodeAad(fields, 'dek'))).toBe(expected);
      encodeAad(other, 'ck-0');
    }
  });
});
