import { questions } from '@hearth/content';
import { generateCoupleKey } from '@hearth/crypto';
import { describe, expect, it } from 'vitest';
import { addDays, choosePreferences } from '@hearth/core';
import { dailyQuestionId } from './daily-question';

describe('the daily question', () => {
  // A fixed key, so which questions come up in the 60 days looked at is the same on every run.
  const key = Uint8Array.from({ length: 32 }, (_, i) => i + 1);
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

  const byId = new Map(questions.map((q) => [q.id, q]));
  const month = Array.from({ length: 60 }, (_, day) => addDays('2026-03-01', day));
  const askedOver = (input: Partial<Parameters<typeof dailyQuestionId>[0]>) =>
    month.map((date) => byId.get(dailyQuestionId({ ...base, ...input, date })!)!);
  const stored = (intimate: boolean, depth: 'light' | 'medium' | 'deep' = 'deep') =>
    choosePreferences(null, { depth, intimate, kids: false }, '2026-02-01');

  it('leaves out opt-in, parents-only and deep questions by default', () => {
    for (const q of askedOver({})) {
      expect(q.depth === 'deep' || q.tags.includes('opt-in') || q.tags.includes('with-kids')).toBe(false);
    }
  });

  it('asks intimate questions only when both partners welcome them', () => {
    const intimate = (list: typeof questions) => list.filter((q) => q.tags.includes('opt-in')).length;
    expect(intimate(askedOver({ preferences: { mine: stored(true), partner: stored(false) } }))).toBe(0);
    expect(intimate(askedOver({ preferences: { mine: stored(false), partner: stored(true) } }))).toBe(0);
    expect(
      intimate(askedOver({ preferences: { mine: stored(true), partner: stored(true) } })),
    ).toBeGreaterThan(0);
  });

  it('goes only as deep as the gentler partner chose', () => {
    const asked = askedOver({
      preferences: { mine: stored(false, 'deep'), partner: stored(false, 'light') },
    });
    expect(asked.every((q) => q.depth === 'light')).toBe(true);
  });

  it('keeps today’s question when someone changes their choice today', () => {
    const today = '2026-03-10';
    const before = dailyQuestionId({ ...base, date: today });
    const changed = choosePreferences(null, { depth: 'light', intimate: false, kids: true }, today);
    const preferences = { mine: changed, partner: null };
    expect(dailyQuestionId({ ...base, date: today, preferences })).toBe(before);
    const tomorrow = byId.get(dailyQuestionId({ ...base, date: addDays(today, 1), preferences })!)!;
    expect(tomorrow.depth).toBe('light');
  });

  it('shows the first question when a phone is a day behind the couple start', () => {
    expect(dailyQuestionId({ ...base, date: '2026-02-28' })).toBe(
      dailyQuestionId({ ...base, startDate: '2026-02-28', date: '2026-02-28' }),
    );
  });
});
