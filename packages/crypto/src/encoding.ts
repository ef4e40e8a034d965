import { CryptoError } from './errors.js';

// base64url (RFC 4648 §5) without padding. Hand-rolled instead of btoa/Buffer because btoa
// needs a binary string (an extra copy per call) and Buffer does not exist in browsers; a
// year of history means ~14,000 decodes, so the plain loop over a lookup table matters.
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const DECODE = new Int16Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) DECODE[ALPHABET.charCodeAt(i)] = i;

// Alphabet as ASCII codes: toB64 fills a byte array and turns it into a string in one native
// decode. Appending characters one by one built a rope of hundreds of pieces per envelope; that
// was over ten times slower and left much of sealing a year of records to the garbage collector.
const ALPHABET_CODES = Uint8Array.from(ALPHABET, (c) => c.charCodeAt(0));
// Every byte written is an alphabet code, so decoding them as UTF-8 is plain ASCII.
const asciiDecoder = new TextDecoder();

export function toB64(bytes: Uint8Array): string {
  const full = bytes.length - (bytes.length % 3);
  const rest = bytes.length - full;
  const out = new Uint8Array((full / 3) * 4 + (rest === 0 ? 0 : rest + 1));
  let i = 0;
  let o = 0;
  for (; i < full; i += 3) {
    const n = (bytes[i]! << 16) | (bytes[i + 1]! << 8) | bytes[i + 2]!;
    out[o] = ALPHABET_CODES[n >>> 18]!;
    out[o + 1] = ALPHABET_CODES[(n >>> 12) & 63]!;
    out[o + 2] = ALPHABET_CODES[(n >>> 6) & 63]!;
    out[o + 3] = ALPHABET_CODES[n & 63]!;
    o += 4;
  }
  if (rest === 1) {
    const n = bytes[i]!;
    out[o] = ALPHABET_CODES[n >>> 2]!;
    out[o + 1] = ALPHABET_CODES[(n & 3) << 4]!;
  } else if (rest === 2) {
    const n = (bytes[i]! << 8) | bytes[i + 1]!;
    out[o] = ALPHABET_CODES[n >>> 10]!;
    out[o + 1] = ALPHABET_CODES[(n >>> 4) & 63]!;
    out[o + 2] = ALPHABET_CODES[(n & 15) << 2]!;
  }
  return asciiDecoder.decode(out);
}

function badB64(): CryptoError {
  return new CryptoError('HEARTH_BAD_ENVELOPE', 'Invalid base64url text.');
}

function sextet(s: string, i: number): number {
  const c = s.charCodeAt(i);
  const v = c < 128 ? DECODE[c]! : -1;
  if (v < 0) throw badB64();
  return v;
}

/**
 * Strict decoder: only the url-safe alphabet, no padding, no whitespace, and the unused low
 * bits of the last character must be zero. So every byte string has exactly one accepted text
 * form, and an envelope string cannot be altered without altering the bytes it carries.
 */
export function fromB64(s: string): Uint8Array {
  if (typeof s !== 'string') throw badB64();
  const rest = s.length % 4;
  if (rest === 1) throw badB64();
  const out = new Uint8Array(((s.length - rest) / 4) * 3 + (rest === 0 ? 0 : rest - 1));
  const full = s.length - rest;
  let o = 0;
  for (let i = 0; i < full; i += 4) {
    const n = (sextet(s, i) << 18) | (sextet(s, i + 1) << 12) | (sextet(s, i + 2) << 6) | sextet(s, i + 3);
    out[o++] = n >>> 16;
    out[o++] = (n >>> 8) & 255;
    out[o++] = n & 255;
  }
  if (rest === 2) {
    const a = sextet(s, full);
    const b = sextet(s, full + 1);
    if (b & 15) throw badB64();
    out[o] = (a << 2) | (b >>> 4);
  } else if (rest === 3) {
    const a = sextet(s, full);
    const b = sextet(s, full + 1);
    const c = sextet(s, full + 2);
    if (c & 3) throw badB64();
    out[o++] = (a << 2) | (b >>> 4);
    out[o] = ((b & 15) << 4) | (c >>> 2);
  }
  return out;
}

const encoder = new TextEncoder();
// fatal: a corrupted or hostile byte string must fail instead of turning into U+FFFD.
const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

export function utf8(s: string): Uint8Array {
  return encoder.encode(s);
}

export function fromUtf8(b: Uint8Array): string {
  try {
    return decoder.decode(b);
  } catch {
    throw new CryptoError('HEARTH_BAD_ENVELOPE', 'Invalid UTF-8 text.');
  }
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
// ES2024; older browsers fall back to the pattern. (The project's TypeScript lib is ES2023.)
const nativeIsWellFormed = (String.prototype as { isWellFormed?: (this: string) => boolean }).isWellFormed;

/** Lone surrogates would encode to U+FFFD, so two different strings could share bytes. */
export function isWellFormedText(s: string): boolean {
  return nativeIsWellFormed !== undefined ? nativeIsWellFormed.call(s) : !LONE_SURROGATE.test(s);
}

// getRandomValues refuses more than 65,536 bytes per call.
const MAX_RANDOM_CHUNK = 65_536;

export function randomBytes(n: number): Uint8Array {
  if (!Number.isInteger(n) || n < 0)
    throw new RangeError('randomBytes: length must be a non-negative integer');
  const out = new Uint8Array(n);
  for (let i = 0; i < n; i += MAX_RANDOM_CHUNK) {
    globalThis.crypto.getRandomValues(out.subarray(i, Math.min(n, i + MAX_RANDOM_CHUNK)));
  }
  return out;
}

export type Rng = (n: number) => Uint8Array;

/** Draws from the caller's rng (tests pin bytes this way) and insists on the exact length. */
export function draw(n: number, rng: Rng = randomBytes): Uint8Array {
  const bytes = rng(n);
  if (!(bytes instanceof Uint8Array) || bytes.length !== n) {
    throw new RangeError(`rng must return exactly ${n} bytes`);
  }
  return bytes;
}

export function toHex(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i++) out += bytes[i]!.toString(16).padStart(2, '0');
  return out;
}

export function fromHex(hex: string): Uint8Array {
  if (hex.length % 2 !== 0 || !/^[0-9a-fA-F]*$/.test(hex)) {
    throw new CryptoError('HEARTH_BAD_ENVELOPE', 'Invalid hex text.');
  }
  const out = new Uint8Array(hex.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return out;
}

export function concatBytes(...parts: Uint8Array[]): Uint8Array {
  let total = 0;
  for (const p of parts) total += p.length;
  const out = new Uint8Array(total);
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}

/** Constant-time equality for MACs and tags (length is not secret). */
export function equalBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a[i]! ^ b[i]!;
  return diff === 0;
}
