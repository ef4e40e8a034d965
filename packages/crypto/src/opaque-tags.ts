import { isWellFormedText, toB64, utf8 } from './encoding.js';
import { KEY_BYTES, assertLength, hkdfSha256, hmacSha256 } from './primitives.js';

// Tags let the server pair or intersect things it cannot read: both partners compute the same
// tag from the couple key, the server only compares tags.

const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

function assertText(value: string, what: string): void {
  if (typeof value !== 'string' || value.length === 0 || !isWellFormedText(value)) {
    throw new TypeError(`${what} must be a non-empty string`);
  }
}

/**
 * b64url HMAC-SHA256(CK, "reveal/" ‖ promptId ‖ "/" ‖ date) — pairs two answers to the same
 * daily question. `date` must be `YYYY-MM-DD`: fixed-length and last, it keeps the plain
 * concatenation unambiguous even if a prompt id contains "/".
 */
export function revealTag(ck: Uint8Array, promptId: string, date: string): string {
  assertLength(ck, KEY_BYTES, 'couple key');
  assertText(promptId, 'promptId');
  if (typeof date !== 'string' || !DATE_PATTERN.test(date)) throw new TypeError('date must be YYYY-MM-DD');
  return toB64(hmacSha256(ck, utf8(`reveal/${promptId}/${date}`)));
}

export const MATCH_INFO_PREFIX = 'hearth/match/v1/';
const MATCH_TAG_BYTES = 16;

/** K_r = HKDF(CK, "hearth/match/v1/" ‖ roundId): one key per desire-list round. */
export function deriveMatchKey(ck: Uint8Array, roundId: string): Uint8Array {
  assertLength(ck, KEY_BYTES, 'couple key');
  assertText(roundId, 'roundId');
  return hkdfSha256(ck, MATCH_INFO_PREFIX + roundId, KEY_BYTES);
}

/** b64url of HMAC(K_r, itemId)[0:16] — what a browser sends for a yes/maybe item. */
export function matchTag(roundKey: Uint8Array, itemId: string): string {
  assertLength(roundKey, KEY_BYTES, 'round key');
  assertText(itemId, 'itemId');
  return toB64(hmacSha256(roundKey, utf8(itemId)).subarray(0, MATCH_TAG_BYTES));
}
