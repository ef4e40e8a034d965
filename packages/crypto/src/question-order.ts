import { utf8 } from './encoding.js';
import { KEY_BYTES, assertLength, hmacSha256 } from './primitives.js';

export const QUESTION_ORDER_INFO = 'question-order/v1';

/**
 * HMAC(CK, "question-order/v1"): the seed both partners' devices rank the daily questions with
 * (`dailyQuestionOrder` in @hearth/core), so the server never learns which question was asked.
 */
export function deriveQuestionOrderKey(coupleKey: Uint8Array): Uint8Array {
  assertLength(coupleKey, KEY_BYTES, 'couple key');
  return hmacSha256(coupleKey, utf8(QUESTION_ORDER_INFO));
}
