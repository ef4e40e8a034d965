import { describe, expect, it } from 'vitest';
import { daysConnectedThisWeek, togetherDays, type SharedMoment } from './kind-streak';

const weekStart = '2026-03-23'; // Monday; the clocks change on Sunday 29 March in Europe

/** Days on which one thing was done together. */
function events(...dates: string[]): SharedMoment[] {
  return dates.map((date) => ({ date, together: true }));
}

describe('kind streak: days connected this week', () => {
  it.each([
    [[], []],
    [['2026-03-23'], ['2026-03-23']],
    [
      ['2026-03-23', '2026-03-25', '2026-03-29'],
      ['2026-03-23', '2026-03-25', '2026-03-29'],
    ],
    [
      ['2026-03-29', '2026-03-23', '2026-03-25'],
      ['2026-03-23', '2026-03-25', '2026-03-29'],
    ],
    [['2026-03-24', '2026-03-24', '2026-03-24'], ['2026-03-24']],
    [['2026-03-22', '2026-03-30', '2026-03-24'], ['2026-03-24']],
    [
      ['2026-03-23', '2026-03-24', '2026-03-25', '2026-03-26', '2026-03-27', '2026-03-28', '2026-03-29'],
      ['2026-03-23', '2026-03-24', '2026-03-25', '2026-03-26', '2026-03-27', '2026-03-28', '2026-03-29'],
    ],
  ])('practices on %j count the days %j', (dates, expected) => {
    expect(daysConnectedThisWeek(events(...dates), weekStart)).toEqual({
      days: expected,
      count: expected.length,
    });
  });

  it('a missed day resets nothing: the days before and after it still count', () => {
    const before = daysConnectedThisWeek(events('2026-03-23', '2026-03-24'), weekStart);
    const after = daysConnectedThisWeek(
      events('2026-03-23', '2026-03-24', '2026-03-26', '2026-03-27'),
      weekStart,
    );
    expect(before.count).toBe(2);
    expect(after.count).toBe(4);
    expect(after.days).toEqual(expect.arrayContaining(before.days));
  });

  it('a new week starts from what happened in it, not from a broken run', () => {
    const lastWeek = events('2026-03-16', '2026-03-17');
    expect(daysConnectedThisWeek([...lastWeek, ...events('2026-03-25')], weekStart)).toEqual({
      days: ['2026-03-25'],
      count: 1,
    });
  });

  it.each([['2026-03-24'], ['2026-03-29']])('refuses a week start %s that is not a Monday', (start) => {
    expect(() => daysConnectedThisWeek([], start)).toThrow(RangeError);
  });

  it('counts a day only when we both did something, or did one thing together', () => {
    const day = '2026-03-24';
    expect(togetherDays([{ date: day, by: 'a' }]).has(day)).toBe(false);
    expect(
      togetherDays([
        { date: day, by: 'a' },
        { date: day, by: 'a' },
      ]).has(day),
    ).toBe(false);
    expect(
      togetherDays([
        { date: day, by: 'a' },
        { date: day, by: 'b' },
      ]).has(day),
    ).toBe(true);
    expect(togetherDays([{ date: day, together: true }]).has(day)).toBe(true);
    expect(
      daysConnectedThisWeek(
        [
          { date: day, by: 'a' },
          { date: '2026-03-25', by: 'b' },
        ],
        weekStart,
      ).count,
    ).toBe(0);
  });
});
