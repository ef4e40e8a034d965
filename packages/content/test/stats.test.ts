import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import {
  checkup,
  computeStats,
  dateIdeas,
  desireItems,
  exercises,
  gratitudePrompts,
  questions,
  sources,
} from '../src/index';
import { questionCategories } from '../src/schema/vocabulary';
import { REPO_DIR } from './support/content';

describe('content stats', () => {
  const stats = computeStats({
    questions,
    exercises,
    dateIdeas,
    desireItems,
    gratitudePrompts,
    checkup,
    sources,
  });

  it('has exactly the documented shape', () => {
    expect(Object.keys(stats)).toEqual([
      'questions',
      'exercises',
      'dateIdeas',
      'desireItems',
      'gratitudePrompts',
      'checkup',
      'sources',
    ]);
    expect(Object.keys(stats.questions)).toEqual(['total', 'byCategory', 'byDepth']);
    expect(Object.keys(stats.checkup)).toEqual(['dimensions', 'items']);
    expect(Object.keys(stats.questions.byCategory)).toEqual([...questionCategories]);
    expect(Object.keys(stats.questions.byDepth)).toEqual(['light', 'medium', 'deep']);
  });

  it('adds up', () => {
    const sum = (record: Record<string, number>): number =>
      Object.values(record).reduce((total, count) => total + count, 0);
    expect(sum(stats.questions.byCategory)).toBe(stats.questions.total);
    expect(sum(stats.questions.byDepth)).toBe(stats.questions.total);
    expect(stats.checkup.dimensions).toBe(8);
    expect(stats.exercises).toBe(exercises.length);
  });

  it('npm run content:stats prints the same JSON', () => {
    const output = execFileSync(process.execPath, ['--import', 'tsx', 'packages/content/src/stats-cli.ts'], {
      cwd: REPO_DIR,
      encoding: 'utf8',
    });
    expect(JSON.parse(output)).toEqual(stats);
  });
});
