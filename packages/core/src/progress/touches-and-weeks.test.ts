import { describe, expect, it } from 'vitest';
import { daysConnectedPerWeek } from './connected-weeks';
import { touchesPerDay } from './touches-per-day';

function times(date: string, n: number) {
  return Array.from({ length: n }, () => ({ date }));
}

describe('touches per day against six', () => {
  it('every day of the range, quiet days included, with the goal marked', () => {
    const days = touchesPerDay(
      [...times('2026-03-28', 6), ...times('2026-03-30', 2), ...times('2026-04-02', 9)],
      '2026-03-28',
      '2026-03-31',
    );
    expect(days).toEqual([
      { date: '2026-03-28', count: 6, goal: 6, done: true },
      { date: '2026-03-29', count: 0, goal: 6, done: false },
      { date: '2026-03-30', count: 2, goal: 6, done: false },
      { date: '2026-03-31', count: 0, goal: 6, done: false },
    ]);
  });

  it('an empty or backwards range gives no days', () => {
    expect(touchesPerDay(times('2026-01-01', 3), '2026-01-02', '2026-01-01')).toEqual([]);
  });
});

describe('days connected per week', () => {
  it('a bar for every week in the range, empty weeks included', () => {
    const weeks = daysConnectedPerWeek(
      [
        { date: '2026-01-05', together: true },
        { date: '2026-01-05', together: true },
        { date: '2026-01-07', together: true },
        { date: '2026-01-21', together: true },
        { date: '2025-12-31', together: true },
      ],
      '2026-01-07',
      '2026-01-22',
    );
    expect(weeks.map((week) => [week.weekStart, week.count])).toEqual([
      ['2026-01-05', 2],
      ['2026-01-12', 0],
      ['2026-01-19', 1],
    ]);
    expect(weeks[0]?.days).toEqual(['2026-01-05', '2026-01-07']);
  });

  it('crosses the new year on ISO weeks', () => {
    const weeks = daysConnectedPerWeek(
      [
        { date: '2026-01-01', together: true },
        { date: '2025-12-29', together: true },
      ],
      '2025-12-30',
      '2026-01-02',
    );
    expect(weeks).toEqual([{ weekStart: '2025-12-29', days: ['2025-12-29', '2026-01-01'], count: 2 }]);
  });
});
