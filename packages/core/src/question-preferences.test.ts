import { describe, expect, it } from 'vitest';
import {
  choosePreferences,
  combinePreferences,
  defaultQuestionPreferences,
  preferencesOn,
  questionIdsFor,
  type FilterableQuestion,
  type QuestionPreferences,
} from './question-preferences';

const prefs = (depth: QuestionPreferences['depth'], intimate = false, kids = false): QuestionPreferences => ({
  depth,
  intimate,
  kids,
});

describe('combining both partners’ question choices', () => {
  it.each([
    ['light', 'deep', 'light'],
    ['deep', 'medium', 'medium'],
    ['deep', 'deep', 'deep'],
    ['medium', 'light', 'light'],
  ] as const)('depth %s with %s gives %s (the gentler one)', (mine, theirs, expected) => {
    expect(combinePreferences(prefs(mine), prefs(theirs)).depth).toBe(expected);
  });

  it.each([
    [true, true, true],
    [true, false, false],
    [false, true, false],
    [false, false, false],
  ])('intimate questions: %s and %s gives %s (only when both say yes)', (a, b, expected) => {
    expect(combinePreferences(prefs('medium', a), prefs('medium', b)).intimate).toBe(expected);
    expect(combinePreferences(prefs('medium', b), prefs('medium', a)).intimate).toBe(expected);
  });

  it.each([
    [true, false, true],
    [false, true, true],
    [false, false, false],
  ])('questions for parents: %s and %s gives %s (either may ask)', (a, b, expected) => {
    expect(combinePreferences(prefs('medium', false, a), prefs('medium', false, b)).kids).toBe(expected);
  });
});

describe('filtering the library', () => {
  const library: FilterableQuestion[] = [
    { id: 'light', depth: 'light', tags: [] },
    { id: 'medium', depth: 'medium', tags: ['introvert-friendly'] },
    { id: 'deep', depth: 'deep', tags: [] },
    { id: 'intimate', depth: 'medium', tags: ['opt-in'] },
    { id: 'kids', depth: 'light', tags: ['with-kids'] },
    { id: 'deep-intimate', depth: 'deep', tags: ['opt-in'] },
  ];

  it.each([
    [prefs('light'), ['light']],
    [defaultQuestionPreferences, ['light', 'medium']],
    [prefs('deep'), ['light', 'medium', 'deep']],
    [prefs('medium', true), ['light', 'medium', 'intimate']],
    [prefs('deep', true, true), ['light', 'medium', 'deep', 'intimate', 'kids', 'deep-intimate']],
    [prefs('light', false, true), ['light', 'kids']],
  ])('%o keeps %o', (preferences, expected) => {
    expect(questionIdsFor(library, preferences)).toEqual(expected);
  });
});

describe('a change takes effect the next day', () => {
  it('keeps today as it was and uses the new choice from tomorrow', () => {
    const stored = choosePreferences(null, prefs('deep', true), '2026-05-10');
    expect(stored.from).toBe('2026-05-11');
    expect(preferencesOn(stored, '2026-05-10')).toEqual(defaultQuestionPreferences);
    expect(preferencesOn(stored, '2026-05-11')).toEqual(prefs('deep', true));
    expect(preferencesOn(stored, '2026-06-01')).toEqual(prefs('deep', true));
  });

  it('a second change on the same day still keeps what today started with', () => {
    const first = choosePreferences(null, prefs('deep'), '2026-05-10');
    const second = choosePreferences(first, prefs('light'), '2026-05-10');
    expect(preferencesOn(second, '2026-05-10')).toEqual(defaultQuestionPreferences);
    expect(preferencesOn(second, '2026-05-11')).toEqual(prefs('light'));
  });

  it('a change on a later day keeps the earlier choice for that day', () => {
    const first = choosePreferences(null, prefs('deep'), '2026-05-10');
    const later = choosePreferences(first, prefs('light'), '2026-05-20');
    expect(preferencesOn(later, '2026-05-20')).toEqual(prefs('deep'));
    expect(preferencesOn(later, '2026-05-21')).toEqual(prefs('light'));
  });

  it('nothing stored means the gentle default', () => {
    expect(preferencesOn(null, '2026-05-10')).toEqual(defaultQuestionPreferences);
  });
});
