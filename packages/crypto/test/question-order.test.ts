import { describe, expect, it } from 'vitest';
import { deriveQuestionOrderKey, fromHex, hmacSha256, toHex, utf8 } from '../src/index.js';

// Pinned outputs: the key decides which question every couple sees on every day, so a change here
// would silently move both partners to other questions.

describe('daily question order key', () => {
  it.each([
    {
      coupleKey: '000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f',
      orderKey: '281831d680e11dcd75fd8c294170b2d2cbdabe2316e5aab2b6a7e4f9f078a3e7',
    },
    {
      coupleKey: 'e37c306a567ccbc97c7690efd23f287c405b9d30b78f11f13518285faf34d8b1',
      orderKey: '408c8e97dff7234c89e346b470d8c207b301c5274ede30d14a9df4af1751f570',
    },
  ])('deriveQuestionOrderKey($coupleKey) is pinned for v1', ({ coupleKey, orderKey }) => {
    expect(toHex(deriveQuestionOrderKey(fromHex(coupleKey)))).toBe(orderKey);
  });

  it('is HMAC-SHA256(CK, "question-order/v1")', () => {
    const coupleKey = fromHex('e37c306a567ccbc97c7690efd23f287c405b9d30b78f11f13518285faf34d8b1');
    expect(deriveQuestionOrderKey(coupleKey)).toEqual(hmacSha256(coupleKey, utf8('question-order/v1')));
  });

  it.each([[0], [16], [33]])('refuses a couple key of %i bytes', (length) => {
    expect(() => deriveQuestionOrderKey(new Uint8Array(length))).toThrow(RangeError);
  });
});
