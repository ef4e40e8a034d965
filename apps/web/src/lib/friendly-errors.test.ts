import { describe, expect, it } from 'vitest';
// A test may load the server's catalogue at run time; the app itself only imports its type.
import { errorCatalogue } from '../../../server/src/errors/catalogue';
import { ApiError } from './api-client';
import { friendlyError, friendlyMessages } from './friendly-errors';

const fallback = friendlyError(new Error('anything'));
const serverCodes = Object.entries(errorCatalogue).map(([code, { status }]) => ({ code, status }));

describe('friendly errors', () => {
  it.each(serverCodes)(
    'the server code $code has its own sentence a person can act on',
    ({ code, status }) => {
      const message = friendlyError(new ApiError(status, code, 'server wording'));
      expect(friendlyMessages).toHaveProperty(code);
      expect(message).not.toBe(fallback);
      expect(message).not.toBe('server wording');
      expect(message).toMatch(/^[A-Z].*[.!?]$/);
      expect(message).not.toMatch(/HEARTH_|undefined|\bnull\b/);
    },
  );

  it('every sentence is short enough to read at a glance and names no code', () => {
    for (const message of Object.values(friendlyMessages)) {
      expect(message.length).toBeLessThan(120);
      expect(message).not.toMatch(/HEARTH_/);
    }
  });

  it('a code no one knows falls back to a plain sentence, and a 5xx to the server one', () => {
    expect(friendlyError(new ApiError(400, 'HEARTH_SOMETHING_NEW', 'x'))).toBe(fallback);
    expect(friendlyError(new ApiError(502, 'HEARTH_SOMETHING_NEW', 'x'))).toBe(
      friendlyMessages.HEARTH_INTERNAL,
    );
  });

  it('a rate limit with a wait names the seconds to wait', () => {
    expect(friendlyError(new ApiError(429, 'HEARTH_RATE_LIMITED', 'x', null, 1))).toMatch(/wait 1 second,/);
    expect(friendlyError(new ApiError(429, 'HEARTH_RATE_LIMITED', 'x', null, 2.5))).toMatch(
      /wait 3 seconds,/,
    );
  });

  it('errors raised on this device are worded by their code too', () => {
    expect(friendlyError({ code: 'HEARTH_FUTURE_DATE' })).toBe(friendlyMessages.HEARTH_FUTURE_DATE);
    expect(friendlyError({ code: 'HEARTH_DECRYPT_FAILED' })).toBe(friendlyMessages.HEARTH_DECRYPT_FAILED);
  });
});
