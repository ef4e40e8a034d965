import { describe, expect, it } from 'vitest';
import { lengthNote } from './length-limit';

describe('a text field’s length limit', () => {
  it('says nothing while far from the limit, counts as it nears it, and says how much is over', () => {
    expect(lengthNote(100, 500)).toBeNull();
    expect(lengthNote(399, 500)).toBeNull();
    expect(lengthNote(400, 500)).toEqual({ text: '400 of 500 characters', over: false });
    expect(lengthNote(500, 500)).toEqual({ text: '500 of 500 characters', over: false });
    expect(lengthNote(501, 500)).toMatchObject({
      text: expect.stringMatching(/^1 character over the limit of 500\./),
      over: true,
    });
    expect(lengthNote(936, 500)?.text).toMatch(/^436 characters over/);
  });
});
