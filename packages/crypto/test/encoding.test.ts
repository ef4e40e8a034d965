import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  equalBytes,
  fromB64,
  fromUtf8,
  padToBlock,
  randomBytes,
  toB64,
  unpadBlock,
  utf8,
} from '../src/index.js';

describe('base64url', () => {
  it('matches the platform base64url encoder for any bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        expect(toB64(bytes)).toBe(Buffer.from(bytes).toString('base64url'));
      }),
    );
  });

  it.each([100_000, 100_001, 100_002])('matches the platform encoder for %i bytes', (length) => {
    const bytes = randomBytes(length);
    const text = toB64(bytes);
    expect(text).toBe(Buffer.from(bytes).toString('base64url'));
    expect(equalBytes(fromB64(text), bytes)).toBe(true);
  });

  it.each([
    ['a length of 1 mod 4', 'AAAAA'],
    ['a "+" from standard base64', 'ab+c'],
    ['a "/" from standard base64', 'ab/c'],
    ['padding', 'AA=='],
    ['whitespace', 'AA AA'],
    ['non-ASCII', 'AAÄA'],
    ['non-zero unused bits in the last character', 'AB'],
  ])('fromB64 rejects %s', (_label, text) => {
    expect(() => fromB64(text)).toThrow(expect.objectContaining({ code: 'HEARTH_BAD_ENVELOPE' }));
  });
});

describe('UTF-8', () => {
  it('round-trips any well-formed string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (s) => {
        expect(fromUtf8(utf8(s))).toBe(s);
      }),
    );
  });

  it('fromUtf8 refuses invalid byte sequences instead of substituting U+FFFD', () => {
    expect(() => fromUtf8(new Uint8Array([0xc3, 0x28]))).toThrow(
      expect.objectContaining({ code: 'HEARTH_BAD_ENVELOPE' }),
    );
  });

  it('fromUtf8 keeps a leading byte-order mark as a character (no silent stripping)', () => {
    expect(fromUtf8(new Uint8Array([0xef, 0xbb, 0xbf, 0x61]))).toBe('\uFEFFa');
  });
});

describe('randomness and comparison', () => {
  it('randomBytes returns the requested length, including more than one getRandomValues call allows', () => {
    expect(randomBytes(0)).toHaveLength(0);
    expect(randomBytes(100_000)).toHaveLength(100_000);
  });

  it('equalBytes is true only for equal length and content', () => {
    expect(equalBytes(new Uint8Array([1, 2]), new Uint8Array([1, 2]))).toBe(true);
    expect(equalBytes(new Uint8Array([1, 2]), new Uint8Array([1, 3]))).toBe(false);
    expect(equalBytes(new Uint8Array([1, 2]), new Uint8Array([1, 2, 0]))).toBe(false);
  });
});

describe('padding to 64-byte buckets', () => {
  it('pads any payload to a positive multiple of 64 and unpads it exactly', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => {
        const padded = padToBlock(bytes);
        expect(padded.length % 64).toBe(0);
        expect(padded.length).toBeGreaterThan(bytes.length);
        expect(padded.length - bytes.length).toBeLessThanOrEqual(64);
        expect(unpadBlock(padded)).toEqual(bytes);
      }),
    );
  });

  it.each([
    [0, 64],
    [63, 64],
    [64, 128],
    [65, 128],
  ])('a %i-byte payload occupies %i bytes', (length, padded) => {
    expect(padToBlock(new Uint8Array(length))).toHaveLength(padded);
  });

  it.each([
    ['an empty buffer', new Uint8Array(0)],
    ['a length that is not a multiple of 64', new Uint8Array(63).fill(0x80)],
    ['all zeros (no marker)', new Uint8Array(64)],
    [
      'a non-zero byte after the marker',
      Uint8Array.from({ length: 64 }, (_, i) => (i === 10 ? 0x80 : i === 63 ? 1 : 0)),
    ],
    [
      'a marker more than a block from the end',
      Uint8Array.from({ length: 128 }, (_, i) => (i === 10 ? 0x80 : 0)),
    ],
  ])('unpadding rejects %s', (_label, bytes) => {
    expect(() => unpadBlock(bytes)).toThrow(expect.objectContaining({ code: 'HEARTH_BAD_ENVELOPE' }));
  });
});
