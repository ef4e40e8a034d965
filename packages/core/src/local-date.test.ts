import { describe, expect, it } from 'vitest';
import {
  addDays,
  daysBetween,
  isLocalDate,
  isoDayOfWeek,
  localDateFromDayNumber,
  dayNumber,
} from './local-date';

describe('local calendar dates', () => {
  it.each([
    ['2026-03-29', true],
    ['2028-02-29', true],
    ['2000-02-29', true],
    ['2026-12-31', true],
    ['0001-01-01', true],
    ['2026-02-29', false],
    ['1900-02-29', false],
    ['2026-04-31', false],
    ['2026-13-01', false],
    ['2026-00-10', false],
    ['2026-01-00', false],
    ['0000-01-01', false],
    ['2026-3-29', false],
    ['26-03-29', false],
    ['2026/03/29', false],
    ['2026-03-29T00:00', false],
    [' 2026-03-29', false],
    ['', false],
    [20260329, false],
    [null, false],
  ])('isLocalDate(%j) is %s: strict format and a day that exists', (value, expected) => {
    expect(isLocalDate(value)).toBe(expected);
  });

  it.each([
    ['2026-03-29', 1, '2026-03-30'],
    ['2026-01-31', 1, '2026-02-01'],
    ['2026-02-28', 1, '2026-03-01'],
    ['2028-02-28', 1, '2028-02-29'],
    ['2026-12-31', 1, '2027-01-01'],
    ['2027-01-01', -1, '2026-12-31'],
    ['2026-03-01', -1, '2026-02-28'],
    ['2026-03-29', 0, '2026-03-29'],
    ['2026-01-01', 365, '2027-01-01'],
    ['2028-01-01', 366, '2029-01-01'],
    ['0050-06-15', 1, '0050-06-16'],
  ])('%s plus %i days is %s, whatever the clocks do that night', (date, days, expected) => {
    expect(addDays(date, days)).toBe(expected);
  });

  it.each([
    ['2026-03-28', '2026-03-29', 1],
    ['2026-03-29', '2026-03-28', -1],
    ['2026-01-01', '2026-12-31', 364],
    ['2026-10-24', '2026-10-26', 2],
    ['2026-05-05', '2026-05-05', 0],
  ])('from %s to %s is %i calendar days', (from, to, expected) => {
    expect(daysBetween(from, to)).toBe(expected);
  });

  it.each([
    ['2026-03-30', 1],
    ['2026-04-01', 3],
    ['2026-04-05', 7],
    ['1970-01-01', 4],
    ['1969-12-29', 1],
  ])('%s is ISO weekday %i (Monday is 1)', (date, expected) => {
    expect(isoDayOfWeek(date)).toBe(expected);
  });

  it('day numbers round-trip for every day of several years, leap years included', () => {
    for (let day = dayNumber('2023-01-01'); day <= dayNumber('2029-01-01'); day += 1) {
      expect(dayNumber(localDateFromDayNumber(day))).toBe(day);
    }
  });

  it.each([['2026-02-30'], ['yesterday']])('refuses to do arithmetic on %s', (date) => {
    expect(() => addDays(date, 1)).toThrow(RangeError);
  });

  it('refuses a fractional number of days', () => {
    expect(() => addDays('2026-03-29', 0.5)).toThrow(RangeError);
  });
});
