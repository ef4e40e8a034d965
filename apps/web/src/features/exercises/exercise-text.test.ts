import { describe, expect, it } from 'vitest';
import { rolesText } from './exercise-text';

const names = (id: string) => (id === 'me' ? 'You' : 'Sam');

describe('whose turn it is, in words', () => {
  it.each([
    ['speaker', 'listener', 'You speak · Sam listens'],
    ['listener', 'speaker', 'You listen · Sam speaks'],
    ['toucher', 'receiver', 'You give the touch · Sam receives'],
    ['receiver', 'toucher', 'You receive · Sam gives the touch'],
  ] as const)('%s and %s', (mine, theirs, expected) => {
    expect(
      rolesText(
        [
          { memberId: 'me', role: mine, acting: true },
          { memberId: 'them', role: theirs, acting: false },
        ],
        names,
      ),
    ).toBe(expected);
  });

  it('says nothing when the step is for both', () => {
    expect(
      rolesText(
        [
          { memberId: 'me', role: 'both', acting: true },
          { memberId: 'them', role: 'both', acting: true },
        ],
        names,
      ),
    ).toBeNull();
  });
});

describe('on one shared screen', () => {
  it('names both people', () => {
    expect(
      rolesText(
        [
          { memberId: 'me', role: 'speaker', acting: true },
          { memberId: 'them', role: 'listener', acting: false },
        ],
        (id) => (id === 'me' ? 'Alice' : 'Sam'),
      ),
    ).toBe('Alice speaks · Sam listens');
  });
});
