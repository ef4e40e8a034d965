import { draw, type Rng } from './encoding.js';
import { CryptoError } from './errors.js';

// Crockford base32: no I, L, O or U, so the printed key survives handwriting and reading aloud.
const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const RECOVERY_KEY_BYTES = 20;
const RECOVERY_KEY_CHARS = 32; // 160 bits / 5 bits per character
const GROUP = 4;

export function encodeRecoveryKey(bytes: Uint8Array): string {
  if (bytes.length !== RECOVERY_KEY_BYTES)
    throw new RangeError(`recovery key must be ${RECOVERY_KEY_BYTES} bytes`);
  let chars = '';
  let acc = 0;
  let bits = 0;
  for (const b of bytes) {
    acc = ((acc << 8) | b) & 0xfff; // at most 12 live bits are ever needed
    bits += 8;
    while (bits >= 5) {
      bits -= 5;
      chars += CROCKFORD[(acc >>> bits) & 31]!;
    }
  }
  const groups: string[] = [];
  for (let i = 0; i < chars.length; i += GROUP) groups.push(chars.slice(i, i + GROUP));
  return groups.join('-');
}

/** 160 random bits, shown once as `ABCD-EFGH-…` (8 groups of 4). */
export function generateRecoveryKey(rng?: Rng): { bytes: Uint8Array; display: string } {
  const bytes = draw(RECOVERY_KEY_BYTES, rng);
  return { bytes, display: encodeRecoveryKey(bytes) };
}

function badKey(): CryptoError {
  return new CryptoError('HEARTH_BAD_RECOVERY_KEY');
}

/**
 * Forgiving about how a person types it back: any case, spaces and dashes anywhere, I/L read
 * as 1 and O as 0. Strict about everything else (U, punctuation, wrong length).
 */
export function parseRecoveryKey(display: string): Uint8Array {
  if (typeof display !== 'string') throw badKey();
  const cleaned = display
    .toUpperCase()
    .replace(/[\s-]+/g, '')
    .replace(/[IL]/g, '1')
    .replace(/O/g, '0');
  if (cleaned.length !== RECOVERY_KEY_CHARS) throw badKey();
  const out = new Uint8Array(RECOVERY_KEY_BYTES);
  let acc = 0;
  let bits = 0;
  let o = 0;
  for (const ch of cleaned) {
    const v = CROCKFORD.indexOf(ch);
    if (v < 0) throw badKey();
    acc = ((acc << 5) | v) & 0xfff;
    bits += 5;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (acc >>> bits) & 255;
    }
  }
  return out;
}
