import { describe, expect, it } from 'vitest';
import { isIsoWeek, isoWeek, isoWeeksInYear, mondayOfIsoWeek, startOfIsoWeek, weekDates } from './iso-week';
import { addDays } from './local-date';

describe('ISO weeks', () => {
  it.each([
    ['2026-01-01', '2026-W01'],
    ['2025-12-29', '2026-W01'],
    ['2024-12-30', '2025-W01'],
    ['2021-01-03', '2020-W53'],
    ['2026-12-31', '2026-W53'],
    ['2027-01-01', '2026-W53'],
    ['2026-03-29', '2026-W13'],
    ['2026-03-30', '2026-W14'],
    ['2008-12-29', '2009-W01'],
    ['2010-01-03', '2009-W53'],
  ])('%s belongs to week %s (the Thursday decides the year)', (date, expected) => {
    expect(isoWeek(date)).toBe(expected);
  });

  it.each([
    ['2026-W01', true],
    ['2026-W53', true],
    ['2020-W53', true],
    ['2025-W53', false],
    ['2026-W54', false],
    ['2026-W00', false],
    ['2026-W1', false],
    ['2026W01', false],
    ['2026-w01', false],
    ['2026-01', false],
    [202601, false],
  ])('isIsoWeek(%j) is %s', (value, expected) => {
    expect(isIsoWeek(value)).toBe(expected);
  });

  it.each([
    [2015, 53],
    [2020, 53],
    [2025, 52],
    [2026, 53],
    [2027, 52],
  ])('week-year %i has %i weeks', (year, expected) => {
    expect(isoWeeksInYear(year)).toBe(expected);
  });

  it.each([
    ['2026-W01', '2025-12-29'],
    ['2025-W01', '2024-12-30'],
    ['2020-W53', '2020-12-28'],
    ['2026-W14', '2026-03-30'],
  ])('week %s starts on Monday %s', (week, monday) => {
    expect(mondayOfIsoWeek(week)).toBe(monday);
  });

  it.each([
    ['2026-03-30', '2026-03-30'],
    ['2026-04-02', '2026-03-30'],
    ['2026-04-05', '2026-03-30'],
    ['2026-01-01', '2025-12-29'],
  ])('the week containing %s starts on %s', (date, monday) => {
    expect(startOfIsoWeek(date)).toBe(monday);
  });

  it('every date maps to a week whose Monday is at most six days earlier, for years on end', () => {
    for (let date = '2019-12-01'; date < '2028-02-01'; date = addDays(date, 1)) {
      const monday = mondayOfIsoWeek(isoWeek(date));
      expect(monday).toBe(startOfIsoWeek(date));
    }
  });

  it('weekDates lists Monday to Sunday, across a month end', () => {
    expect(weekDates('2026-03-30')).toEqual([
      '2026-03-30',
      '2026-03-31',
      '2026-04-01',
      '2026-04-02',
      '2026-04-03',
      '2026-04-04',
      '2026-04-05',
    ]);
  });

  it('refuses a week that does not exist', () => {
    expect(() => mondayOfIsoWeek('2025-W53')).toThrow(RangeError);
  });
});
