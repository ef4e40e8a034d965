import { questions } from '@hearth/content';
import { generateCoupleKey } from '@hearth/crypto';
import { describe, expect, it } from 'vitest';
import { dailyQuestionId, everydayQuestionIds } from './daily-question';

describe('the daily question', () => {
  const key = generateCoupleKey();
  const base = { coupleKey: key, library: questions, startDate: '2026-03-01', skips: [] };

  it('is the same on both phones (same couple key), and another couple gets another order', () => {
    const days = ['2026-03-01', '2026-03-02', '2026-03-03', '2026-03-04'];
    const mine = days.map((date) => dailyQuestionId({ ...base, date }));
    const partners = days.map((date) => dailyQuestionId({ ...base, coupleKey: new Uint8Array(key), date }));
    expect(mine).toEqual(partners);
    expect(new Set(mine).size).toBe(4);
    const other = days.map((date) => dailyQuestionId({ ...base, coupleKey: generateCoupleKey(), date }));
    expect(other).not.toEqual(mine);
  });

  it('moves on to the next question for both when either skips', () => {
    const today = dailyQuestionId({ ...base, date: '2026-03-02' })!;
    const tomorrow = dailyQuestionId({ ...base, date: '2026-03-03' })!;
    const afterSkip = dailyQuestionId({
      ...base,
      date: '2026-03-02',
      skips: [{ date: '2026-03-02', questionId: today }],
    });
    expect(afterSkip).toBe(tomorrow);
  });

  it('leaves out opt-in, parents-only and deep questions by default', () => {
    const ids = new Set(everydayQuestionIds(questions));
    for (const q of questions) {
      const excluded = q.depth === 'deep' || q.tags.includes('opt-in') || q.tags.includes('with-kids');
      expect(ids.has(q.id)).toBe(!excluded);
    }
    expect(ids.size).toBeGreaterThan(100);
  });

  it('shows the first question when a phone is a day behind the couple start', () => {
    expect(dailyQuestionId({ ...base, date: '2026-02-28' })).toBe(
      dailyQuestionId({ ...base, startDate: '2026-02-28', date: '2026-02-28' }),
    );
  });
});
