import { describe, expect, it } from 'vitest';
import { recoveryKeyFileText } from './recovery-key-file';
import { LOSS_WARNING } from './recovery-wording';

describe('the saved recovery key file', () => {
  it('says which account, on which server, and what to do with it', () => {
    const text = recoveryKeyFileText({
      display: 'ABCD-EFGH-IJKL',
      handle: 'sam.k',
      serverAddress: 'https://hearth.example.org',
    });
    expect(text).toContain('ABCD-EFGH-IJKL');
    expect(text).toContain('Account (login handle): sam.k');
    expect(text).toContain('Hearth server: https://hearth.example.org');
    expect(text).toContain('Use your recovery key');
    expect(text).toContain(LOSS_WARNING);
  });
});
