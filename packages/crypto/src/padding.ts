import { CryptoError } from './errors.js';

/** Record payloads are padded to a multiple of this, so stored sizes reveal only a bucket. */
export const PAD_BLOCK = 64;

/**
 * ISO/IEC 7816-4 style: append 0x80, then zeros up to the next multiple of `block`. Always
 * adds at least one byte, so unpadding is unambiguous for any payload.
 */
export function padToBlock(bytes: Uint8Array, block = PAD_BLOCK): Uint8Array {
  const padded = new Uint8Array((Math.floor(bytes.length / block) + 1) * block);
  padded.set(bytes, 0);
  padded[bytes.length] = 0x80;
  return padded;
}

/** Strict inverse of `padToBlock`; returns a view (no copy). */
export function unpadBlock(padded: Uint8Array, block = PAD_BLOCK): Uint8Array {
  if (padded.length === 0 || padded.length % block !== 0) throw badPadding();
  // The marker sits within the last block, so at most `block` bytes are scanned.
  const floor = padded.length - block;
  for (let i = padded.length - 1; i >= floor; i--) {
    const b = padded[i]!;
    if (b === 0x80) return padded.subarray(0, i);
    if (b !== 0) throw badPadding();
  }
  throw badPadding();
}

function badPadding(): CryptoError {
  return new CryptoError('HEARTH_BAD_ENVELOPE', 'Invalid padding.');
}
