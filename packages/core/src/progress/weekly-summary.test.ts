import { describe, expect, it } from 'vitest';
import { describeTrend } from './trend-text';
import { weeklySummary } from './weekly-summary';

describe('weekly summary', () => {
  const summary = weeklySummary({
    weekStart: '2026-01-05',
    practiceDates: [
      { date: '2026-01-05', together: true },
      { date: '2026-01-06', together: true },
      { date: '2026-01-06', together: true },
      { date: '2026-01-12', together: true },
    ],
    touches: [
      ...Array.from({ length: 6 }, () => ({ date: '2026-01-07', together: true })),
      { date: '2026-01-08', together: true },
      { date: '2026-01-04', together: true },
    ],
    checkins: [
      { partner: 'b', date: '2026-01-05', mood: 4 },
      { partner: 'a', date: '2026-01-05', mood: 2 },
      { partner: 'a', date: '2026-01-05', mood: 3 },
      { partner: 'a', date: '2026-01-07', mood: 4 },
      { partner: 'a', date: '2026-01-12', mood: 1 },
    ],
    pulses: [
      { partner: 'a', date: '2026-01-06', closeness: 3 },
      { partner: 'a', date: '2026-01-09', closeness: 5 },
      { partner: 'b', date: '2025-12-30', closeness: 1 },
    ],
  });

  it('counts only this week', () => {
    expect(summary).toEqual({
      weekStart: '2026-01-05',
      daysConnected: 2,
      touches: 7,
      touchGoalDays: 1,
      checkins: [
        { partner: 'a', days: 2, averageMood: 3.5 },
        { partner: 'b', days: 1, averageMood: 4 },
      ],
      closeness: [{ partner: 'a', value: 5 }],
    });
  });

  it('refuses a week that does not start on Monday', () => {
    expect(() =>
      weeklySummary({ weekStart: '2026-01-06', practiceDates: [], touches: [], checkins: [], pulses: [] }),
    ).toThrow(RangeError);
  });
});

describe('chart text alternatives', () => {
  it.each([
    [[], 'Closeness: nothing recorded yet.'],
    [[{ date: '2026-01-05', value: 3 }], 'Closeness: 3 on 2026-01-05 (one reading so far).'],
    [
      [
        { date: '2026-01-05', value: 3 },
        { date: '2026-01-12', value: 4 },
        { date: '2026-01-19', value: 5 },
      ],
      'Closeness: 3 on 2026-01-05, 5 on 2026-01-19 (3 readings), up by 2.',
    ],
    [
      [
        { date: '2026-01-05', value: 4 },
        { date: '2026-01-12', value: 4 },
      ],
      'Closeness: 4 on 2026-01-05, 4 on 2026-01-12 (2 readings), about the same.',
    ],
  ])('%j', (points, text) => {
    expect(describeTrend('Closeness', points)).toBe(text);
  });
});
