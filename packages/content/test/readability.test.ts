import { describe, expect, it } from 'vitest';
import { readability } from '../src/validation/readability';
import { collectTexts, type TextKind } from '../src/validation/text-inventory';
import { content } from './support/content';

interface Rule {
  /** Longest text that still fits a phone screen comfortably, in characters. */
  maxChars: number;
  /** Lowest Flesch reading ease for one text of 10+ words (shorter texts give noisy scores). */
  minEase?: number;
  /** Lowest average Flesch reading ease across all texts of this kind. */
  minMeanEase?: number;
}

// Plain language: everyday conversation sits around 70-80. Explanations may be a little denser
// than questions and steps; research findings are the densest and only have an average floor.
const RULES: Record<TextKind, Rule> = {
  question: { maxChars: 160, minEase: 35, minMeanEase: 70 },
  'question-follow-up': { maxChars: 160, minEase: 35, minMeanEase: 70 },
  step: { maxChars: 240, minEase: 35, minMeanEase: 70 },
  'gratitude-prompt': { maxChars: 160, minEase: 35, minMeanEase: 70 },
  'sentence-starter': { maxChars: 100, minEase: 35, minMeanEase: 70 },
  'coach-alternative': { maxChars: 160, minEase: 35, minMeanEase: 70 },
  'desire-item': { maxChars: 80, minEase: 35, minMeanEase: 60 },
  'checkup-item': { maxChars: 140, minEase: 20, minMeanEase: 60 },
  summary: { maxChars: 140, minEase: 20, minMeanEase: 60 },
  purpose: { maxChars: 320, minEase: 20, minMeanEase: 55 },
  note: { maxChars: 300, minEase: 20, minMeanEase: 65 },
  reading: { maxChars: 260, minEase: 20, minMeanEase: 60 },
  'date-description': { maxChars: 320, minEase: 20, minMeanEase: 60 },
  'date-why': { maxChars: 160, minEase: 10, minMeanEase: 50 },
  'coach-explanation': { maxChars: 260, minEase: 20, minMeanEase: 55 },
  resource: { maxChars: 320, minMeanEase: 50 },
  'source-finding': { maxChars: 420, minMeanEase: 30 },
  title: { maxChars: 60 },
  label: { maxChars: 80 },
};

const texts = collectTexts(content);
const kinds = Object.keys(RULES) as TextKind[];

describe('plain language that fits a phone screen', () => {
  it.each(kinds)('%s: every text is within its length limit', (kind) => {
    const { maxChars } = RULES[kind];
    const tooLong = texts
      .filter((entry) => entry.kind === kind && entry.text.length > maxChars)
      .map((entry) => `${entry.where} (${entry.text.length} chars)`);
    expect(tooLong, `longer than ${maxChars} characters`).toEqual([]);
  });

  it.each(kinds.filter((kind) => RULES[kind].minEase !== undefined))(
    '%s: no text is hard to read',
    (kind) => {
      const minEase = RULES[kind].minEase ?? 0;
      const hard = texts
        .filter((entry) => entry.kind === kind)
        .map((entry) => ({ entry, score: readability(entry.text) }))
        .filter(({ score }) => score.words >= 10 && score.readingEase < minEase)
        .map(({ entry, score }) => `${entry.where} (${score.readingEase}): ${entry.text}`);
      expect(hard, `Flesch reading ease below ${minEase}`).toEqual([]);
    },
  );

  it.each(kinds.filter((kind) => RULES[kind].minMeanEase !== undefined))(
    '%s: reads easily on average',
    (kind) => {
      const scores = texts
        .filter((entry) => entry.kind === kind)
        .map((entry) => readability(entry.text).readingEase);
      expect(scores.length, `no texts of kind ${kind}`).toBeGreaterThan(0);
      const mean = scores.reduce((sum, score) => sum + score, 0) / scores.length;
      expect(mean).toBeGreaterThanOrEqual(RULES[kind].minMeanEase ?? 0);
    },
  );

  it('computes Flesch reading ease as expected', () => {
    expect(readability('The cat sat on the mat.').readingEase).toBeGreaterThan(100);
    expect(
      readability('Institutional considerations necessitate comprehensive organisational restructuring.')
        .readingEase,
    ).toBeLessThan(0);
    expect(readability('').words).toBe(0);
  });
});
