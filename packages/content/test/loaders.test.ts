import { describe, expect, it } from 'vitest';
import * as library from '../src/index';
import { listDataFiles, readDataFile } from './support/content';

const files = listDataFiles();

describe('typed loaders', () => {
  it('load every question deck file (a new deck must be added to src/data/questions.ts)', () => {
    const onDisk = files
      .filter((path) => path.startsWith('questions/'))
      .flatMap((path) => (readDataFile(path) as { id: string }[]).map((question) => question.id));
    expect(library.questions.map((question) => question.id).sort()).toEqual(onDisk.sort());
  });

  it('load every exercise file (a new exercise must be added to src/data/exercises.ts)', () => {
    const onDisk = files
      .filter((path) => path.startsWith('exercises/'))
      .map((path) => (readDataFile(path) as { id: string }).id);
    expect(library.exercises.map((exercise) => exercise.id).sort()).toEqual(onDisk.sort());
  });

  it('load every check-up instrument and pulse version', () => {
    expect(library.checkupInstruments.length).toBe(
      files.filter((path) => /^checkup\/instrument-v\d+\.json$/.test(path)).length,
    );
    expect(library.pulses.length).toBe(
      files.filter((path) => /^checkup\/pulse-v\d+\.json$/.test(path)).length,
    );
  });

  it('export the collections the app uses', () => {
    expect(library.dateIdeas.length).toBeGreaterThan(0);
    expect(library.gratitudePrompts.length).toBeGreaterThan(0);
    expect(library.desireItems.length).toBeGreaterThan(0);
    expect(library.sentenceStarters.starters.length).toBeGreaterThan(0);
    expect(library.coachRules.length).toBeGreaterThan(0);
    expect(library.sources.length).toBeGreaterThan(0);
    expect(library.safetyResources.resources.length).toBeGreaterThan(0);
    expect(library.exerciseById.get('ex-eye-gazing')?.id).toBe('ex-eye-gazing');
    expect(
      library.questionDecks['inner-world'].every((question) => question.category === 'inner-world'),
    ).toBe(true);
  });
});
