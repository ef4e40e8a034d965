import { describe, expect, it } from 'vitest';
import { findNearDuplicates, type Thresholds } from '../src/validation/near-duplicates';
import { content } from './support/content';

// Calibrated on the library: distinct questions that share a frame ("What do you like about
// the way I…") stay below these; rewordings of the same question land above.
const THRESHOLDS: Thresholds = { words: 0.7, trigrams: 0.75 };

function report(items: { id: string; text: string }[]): string[] {
  const byId = new Map(items.map((item) => [item.id, item.text]));
  return findNearDuplicates(items, THRESHOLDS).map(
    ({ a, b, similarity }) => `${a} ~ ${b} (${similarity}): "${byId.get(a)}" / "${byId.get(b)}"`,
  );
}

describe('near-duplicate detection', () => {
  it('catches rewordings and ignores different questions', () => {
    const items = [
      { id: 'a', text: 'What is a small thing that reliably puts you in a good mood?' },
      { id: 'b', text: "What's a small thing that reliably puts you in a good mood today?" },
      { id: 'c', text: 'Which childhood smell takes you straight back?' },
      { id: 'd', text: 'What small things reliably put you in a good mood?' },
    ];
    const pairs = findNearDuplicates(items, THRESHOLDS).map(({ a, b }) => `${a}-${b}`);
    expect(pairs).toEqual(expect.arrayContaining(['a-b', 'a-d']));
    expect(pairs.some((pair) => pair.includes('c'))).toBe(false);
  });

  it('no two questions are near-duplicates (across all decks), and the check is fast', () => {
    const started = performance.now();
    const found = report(content.questions.map((question) => ({ id: question.id, text: question.text.en })));
    expect(found).toEqual([]);
    expect(performance.now() - started).toBeLessThan(5000);
  });

  it('no two gratitude prompts are near-duplicates', () => {
    expect(
      report(content.gratitudePrompts.map((prompt) => ({ id: prompt.id, text: prompt.text.en }))),
    ).toEqual([]);
  });

  it('no two desire items or sentence starters are near-duplicates', () => {
    expect(report(content.desireList.items.map((item) => ({ id: item.id, text: item.text.en })))).toEqual([]);
    expect(
      report(content.sentenceStarters.starters.map((starter) => ({ id: starter.id, text: starter.text.en }))),
    ).toEqual([]);
  });

  it('no two date ideas are near-duplicates', () => {
    expect(
      report(
        content.dateIdeas.map((idea) => ({ id: idea.id, text: `${idea.title.en}. ${idea.description.en}` })),
      ),
    ).toEqual([]);
  });

  it('no two exercises share a title', () => {
    expect(
      report(content.exercises.map((exercise) => ({ id: exercise.id, text: exercise.title.en }))),
    ).toEqual([]);
  });
});
