import { describe, expect, it } from 'vitest';
import { groupMatches, normalizeGroup, pickConfirmationGroups } from './recovery-confirm';

const key = 'ABCD-EFGH-JK01-MNPQ-RSTV-WXYZ-2345-6789';

describe('recovery key confirmation', () => {
  it('always picks two different groups, in order', () => {
    for (const r of [0, 0.2, 0.5, 0.99]) {
      const [a, b] = pickConfirmationGroups(8, () => r);
      expect(a).toBeLessThan(b);
      expect(b).toBeLessThan(8);
    }
  });

  it('accepts a group typed in lower case with stray spaces', () => {
    expect(groupMatches(key, 0, ' abcd ')).toBe(true);
  });

  it('reads I and L as 1 and O as 0, like the recovery-key parser', () => {
    expect(normalizeGroup('jkOl')).toBe('JK01');
    expect(groupMatches(key, 2, 'jkoi')).toBe(true);
  });

  it('rejects a wrong group and positions that do not exist', () => {
    expect(groupMatches(key, 1, 'ABCD')).toBe(false);
    expect(groupMatches(key, 9, 'ABCD')).toBe(false);
  });
});
