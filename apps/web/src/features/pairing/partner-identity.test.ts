import { describe, expect, it } from 'vitest';
import { partnerKeyStatus } from './partner-identity';

const current = { userId: 'p', ed25519: 'E1', x25519: 'X1' };
const baseline = (over = {}) => ({
  partnerUserId: 'p',
  ed25519: 'E1',
  x25519: 'X1',
  verified: false,
  ...over,
});

describe('partner key status', () => {
  it('is unverified until the codes were compared', () => {
    expect(partnerKeyStatus(current, baseline())).toBe('unverified');
  });
  it('is verified once compared, with the same keys', () => {
    expect(partnerKeyStatus(current, baseline({ verified: true }))).toBe('verified');
  });
  it.each([{ ed25519: 'E2' }, { x25519: 'X2' }, { partnerUserId: 'q' }])(
    'warns when the keys changed since (%o)',
    (change) => {
      expect(partnerKeyStatus(current, baseline({ verified: true, ...change }))).toBe('changed');
    },
  );
  it('has nothing to compare with before pairing finished', () => {
    expect(partnerKeyStatus(current, null)).toBe('no-baseline');
  });
});
