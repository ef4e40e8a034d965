import { describe, expect, it } from 'vitest';
import { addCalendarMonths, retakeStatus } from './retake';

describe('addCalendarMonths', () => {
  it.each([
    ['2026-01-15', 1, '2026-02-15'],
    ['2026-01-31', 1, '2026-02-28'],
    ['2028-01-31', 1, '2028-02-29'],
    ['2026-12-10', 1, '2027-01-10'],
    ['2026-03-31', -1, '2026-02-28'],
    ['2026-05-31', 13, '2027-06-30'],
  ] as const)('%s + %i month(s) = %s', (date, months, expected) => {
    expect(addCalendarMonths(date, months)).toBe(expected);
  });

  it.each([['2026-02-30'], ['soon']])('refuses %s', (date) => {
    expect(() => addCalendarMonths(date, 1)).toThrow(RangeError);
  });
});

describe('retake due one month after the last check-up', () => {
  it.each([
    [[], '2026-01-01', { state: 'never-taken' }],
    [['2026-01-10'], '2026-02-09', { state: 'not-yet', dueOn: '2026-02-10' }],
    [['2026-01-10'], '2026-02-10', { state: 'due', dueOn: '2026-02-10' }],
    [['2026-03-01', '2026-01-10'], '2026-02-20', { state: 'not-yet', dueOn: '2026-04-01' }],
    [['2026-01-31'], '2026-02-28', { state: 'due', dueOn: '2026-02-28' }],
  ] as const)('check-ups %j, today %s', (dates, today, status) => {
    expect(retakeStatus(dates, today)).toEqual(status);
  });
});
