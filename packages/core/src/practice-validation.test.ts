import { describe, expect, it } from 'vitest';
import { notInFuture, validateMood } from './practice-validation';

describe('practice validation', () => {
  it.each([
    [1, true],
    [3, true],
    [5, true],
    [0, false],
    [6, false],
    [2.5, false],
    [-1, false],
    [Number.NaN, false],
    [Number.POSITIVE_INFINITY, false],
    ['3', false],
    [null, false],
  ])('validateMood(%j) is %s: a whole number from 1 to 5', (value, expected) => {
    expect(validateMood(value)).toBe(expected);
  });

  it.each([
    ['2026-03-29', '2026-03-29', true],
    ['2026-03-28', '2026-03-29', true],
    ['2025-12-31', '2026-01-01', true],
    ['2026-03-30', '2026-03-29', false],
    ['2027-01-01', '2026-12-31', false],
    ['2026-02-30', '2026-03-29', false],
    ['2026-03-28', 'today', false],
  ])('notInFuture(%s, today %s) is %s', (date, today, expected) => {
    expect(notInFuture(date, today)).toBe(expected);
  });
});
