import { describe, expect, it } from 'vitest';
import { isTimeOfDay, minutesOfDay } from './time-of-day';

describe('times of day', () => {
  it.each([
    ['00:00', true],
    ['07:30', true],
    ['23:59', true],
    ['24:00', false],
    ['23:60', false],
    ['7:30', false],
    ['07:5', false],
    ['07:30:00', false],
    ['0730', false],
    [' 07:30', false],
    ['', false],
    [730, false],
  ])('isTimeOfDay(%j) is %s', (value, expected) => {
    expect(isTimeOfDay(value)).toBe(expected);
  });

  it.each([
    ['00:00', 0],
    ['07:30', 450],
    ['23:59', 1439],
  ])('%s is %i minutes after midnight', (time, minutes) => {
    expect(minutesOfDay(time)).toBe(minutes);
  });

  it('refuses to read an invalid time', () => {
    expect(() => minutesOfDay('25:00')).toThrow(RangeError);
  });
});
