import { describe, expect, it } from 'vitest';
import { exercises } from './data/exercises';
import {
  durationBucketsOf,
  findExercises,
  normaliseForSearch,
  type DurationBucket,
  type ExerciseQuery,
} from './exercise-catalogue';
import type { Exercise } from './schema/exercise';

type FixtureFields = Omit<Partial<Exercise>, 'title' | 'summary'> & { title: string; summary: string };

function fixture(id: string, fields: FixtureFields): Exercise {
  return {
    id,
    purpose: { text: { en: 'Why.' }, sourceIds: ['test'] },
    evidence: 'moderate',
    purposeTags: ['feel-closer'],
    suits: [],
    layer: 'emotional',
    cadence: 'daily',
    durationMinutes: { min: 5, max: 10 },
    steps: [],
    variants: [],
    ...fields,
    title: { en: fields.title, de: `${fields.title} auf Deutsch` },
    summary: { en: fields.summary },
  };
}

const shelf: Exercise[] = [
  fixture('ex-hug', {
    title: 'The long hug',
    summary: 'Hold each other until you both relax.',
    purposeTags: ['touch', 'feel-closer'],
    suits: ['introvert', 'with-kids'],
    layer: 'affection',
    durationMinutes: { min: 1, max: 1 },
  }),
  fixture('ex-cafe', {
    title: 'Café date at home',
    summary: 'Make coffee together and talk about the week.',
    purposeTags: ['fun', 'talk-deeper'],
    suits: ['with-kids', 'long-distance'],
    durationMinutes: { min: 15, max: 30 },
  }),
  fixture('ex-repair', {
    title: 'Repair after a fight',
    summary: 'Talk it through once you are both calm, and hug at the end.',
    purposeTags: ['after-a-fight'],
    suits: ['introvert', 'long-distance'],
    durationMinutes: { min: 10, max: 20 },
  }),
  fixture('ex-slow', {
    title: 'Slow touch',
    summary: 'Staged, non-demand touch.',
    purposeTags: ['touch'],
    suits: ['introvert'],
    layer: 'intimacy',
    durationMinutes: { min: 20, max: 60 },
  }),
];

const ids = (query: ExerciseQuery) => findExercises(shelf, query).map((exercise) => exercise.id);

describe('durationBucketsOf', () => {
  it.each<[number, number, DurationBucket[]]>([
    [1, 1, ['up-to-5']],
    [2, 5, ['up-to-5']],
    [5, 10, ['up-to-5', '5-to-15']],
    [6, 8, ['5-to-15']],
    [10, 15, ['5-to-15']],
    [15, 30, ['5-to-15', '15-plus']],
    [16, 20, ['15-plus']],
    [2, 20, ['up-to-5', '5-to-15', '15-plus']],
  ])('%i–%i minutes fits %j', (min, max, buckets) => {
    expect(durationBucketsOf({ durationMinutes: { min, max } })).toEqual(buckets);
  });

  it('puts every exercise in the library in at least one bucket', () => {
    expect(exercises.filter((exercise) => durationBucketsOf(exercise).length === 0)).toEqual([]);
  });
});

describe('findExercises', () => {
  it.each<[string, ExerciseQuery, string[]]>([
    ['no query: everything, in library order', {}, ['ex-hug', 'ex-cafe', 'ex-repair', 'ex-slow']],
    ['one purpose', { purposes: ['touch'] }, ['ex-hug', 'ex-slow']],
    ['any of two purposes', { purposes: ['fun', 'after-a-fight'] }, ['ex-cafe', 'ex-repair']],
    ['a short time', { durations: ['up-to-5'] }, ['ex-hug']],
    ['a quarter of an hour', { durations: ['5-to-15'] }, ['ex-cafe', 'ex-repair']],
    ['longer', { durations: ['15-plus'] }, ['ex-cafe', 'ex-repair', 'ex-slow']],
    ['suits introverts', { suits: ['introvert'] }, ['ex-hug', 'ex-repair', 'ex-slow']],
    ['suits both introverts and long distance', { suits: ['introvert', 'long-distance'] }, ['ex-repair']],
    [
      'without the intimacy layer',
      { layers: ['emotional', 'affection'] },
      ['ex-hug', 'ex-cafe', 'ex-repair'],
    ],
    ['filters together', { purposes: ['touch'], suits: ['with-kids'] }, ['ex-hug']],
    ['nothing matches', { purposes: ['fun'], durations: ['up-to-5'] }, []],
    [
      'empty lists do not filter',
      { purposes: [], durations: [], suits: [], layers: [] },
      ['ex-hug', 'ex-cafe', 'ex-repair', 'ex-slow'],
    ],
  ])('%s', (_label, query, expected) => {
    expect(ids(query)).toEqual(expected);
  });

  it.each<[string, string, string[]]>([
    ['any case', 'SLOW', ['ex-slow']],
    ['without the accent', 'cafe', ['ex-cafe']],
    ['with an accent the text lacks', 'Slów', ['ex-slow']],
    ['in the summary', 'coffee', ['ex-cafe']],
    ['every word must be found', 'talk calm', ['ex-repair']],
    ['title matches first, then summary matches', 'hug', ['ex-hug', 'ex-repair']],
    ['punctuation is ignored', 'non‑demand, touch!', ['ex-slow']],
    ['only spaces: no text filter', '   ', ['ex-hug', 'ex-cafe', 'ex-repair', 'ex-slow']],
    ['no match', 'dance', []],
  ])('searches %s (%j)', (_label, text, expected) => {
    expect(ids({ text })).toEqual(expected);
  });

  it('searches the reader’s language, falling back to English', () => {
    expect(ids({ text: 'deutsch', locale: 'de-AT' })).toEqual(['ex-hug', 'ex-cafe', 'ex-repair', 'ex-slow']);
    expect(ids({ text: 'deutsch', locale: 'fr' })).toEqual([]);
  });

  it.each<[string, ExerciseQuery, string[]]>([
    [
      'favourites are not moved unless asked',
      { favourites: ['ex-slow', 'ex-cafe'] },
      ['ex-hug', 'ex-cafe', 'ex-repair', 'ex-slow'],
    ],
    [
      'favourites first, each group in library order',
      { favourites: ['ex-slow', 'ex-cafe'], favouritesFirst: true },
      ['ex-cafe', 'ex-slow', 'ex-hug', 'ex-repair'],
    ],
    ['favourites only', { favourites: ['ex-slow', 'ex-cafe'], favouritesOnly: true }, ['ex-cafe', 'ex-slow']],
    [
      'a favourite summary match before a title match',
      { text: 'hug', favourites: ['ex-repair'], favouritesFirst: true },
      ['ex-repair', 'ex-hug'],
    ],
    ['favourites only with nothing marked', { favouritesOnly: true }, []],
  ])('%s', (_label, query, expected) => {
    expect(ids(query)).toEqual(expected);
  });

  it('does not change the list it was given', () => {
    const before = shelf.map((exercise) => exercise.id);
    findExercises(shelf, { favourites: ['ex-slow'], favouritesFirst: true });
    expect(shelf.map((exercise) => exercise.id)).toEqual(before);
  });

  it('finds the library’s hug by any spelling of it', () => {
    for (const text of ['20-second HUG', 'hug 20']) {
      expect(findExercises(exercises, { text }).map((exercise) => exercise.id)).toContain(
        'ex-twenty-second-hug',
      );
    }
  });
});

describe('normaliseForSearch', () => {
  it.each([
    ['Café, côte-à-côte', 'cafe cote a cote'],
    ['Straße', 'strasse'],
    ['Ærø Łódź', 'aero lodz'],
    ['each other’s  eyes', 'each other s eyes'],
    ['  ', ''],
  ])('%j -> %j', (text, expected) => {
    expect(normaliseForSearch(text)).toBe(expected);
  });
});
