import { describe, expect, it } from 'vitest';
import { checkupDimensions, questionCategories } from '../src/schema/vocabulary';
import {
  checkup,
  dateIdeas,
  desireItems,
  exercises,
  gratitudePrompts,
  questions,
  sentenceStarters,
} from '../src/index';

// Issue #3's minimums. Until every content file is finished some of these fail; the message
// says exactly what is short.
describe('content minimums', () => {
  it('at least 600 questions', () => {
    expect(questions.length, `${questions.length} questions`).toBeGreaterThanOrEqual(600);
  });

  it('at least 14 categories, none under 25 questions', () => {
    const counts = new Map(questionCategories.map((category) => [category, 0]));
    for (const question of questions) counts.set(question.category, (counts.get(question.category) ?? 0) + 1);
    const present = [...counts].filter(([, count]) => count > 0);
    expect(present.length, 'categories with questions').toBeGreaterThanOrEqual(14);
    const short = [...counts]
      .filter(([, count]) => count < 25)
      .map(([category, count]) => `${category}: ${count}`);
    expect(short, 'categories under 25 questions').toEqual([]);
  });

  it('every depth level is represented in every category', () => {
    const missing = questionCategories.flatMap((category) =>
      (['light', 'medium', 'deep'] as const)
        .filter(
          (depth) =>
            !questions.some((question) => question.category === category && question.depth === depth),
        )
        .map((depth) => `${category}/${depth}`),
    );
    expect(missing).toEqual([]);
  });

  it('some self-discovery questions ("something they don\'t know about themselves")', () => {
    expect(questions.filter((question) => question.selfDiscovery).length).toBeGreaterThanOrEqual(10);
  });

  it('at least 40 exercises', () => {
    expect(exercises.length).toBeGreaterThanOrEqual(40);
  });

  it('at least 150 date ideas', () => {
    expect(dateIdeas.length, `${dateIdeas.length} date ideas`).toBeGreaterThanOrEqual(150);
  });

  it('at least 100 desire items, across every intensity level', () => {
    expect(desireItems.length).toBeGreaterThanOrEqual(100);
    expect(new Set(desireItems.map((item) => item.intensity))).toEqual(new Set([1, 2, 3, 4]));
  });

  it('at least 20 sentence starters of each kind', () => {
    for (const stem of ['i-love-when-we', 'most-connected-when'] as const) {
      expect(
        sentenceStarters.starters.filter((starter) => starter.stem === stem).length,
        stem,
      ).toBeGreaterThanOrEqual(20);
    }
  });

  it('at least 80 gratitude prompts, of every kind', () => {
    expect(gratitudePrompts.length, `${gratitudePrompts.length} gratitude prompts`).toBeGreaterThanOrEqual(
      80,
    );
    expect(new Set(gratitudePrompts.map((prompt) => prompt.kind))).toEqual(
      new Set(['appreciate-you', 'appreciate-us', 'coaching']),
    );
  });

  it.each([...checkupDimensions])('check-up dimension %s has at least 5 items', (dimension) => {
    expect(checkup.items.filter((item) => item.dimension === dimension).length).toBeGreaterThanOrEqual(5);
  });
});
