import { describe, expect, it } from 'vitest';
import { clockText, fractionDone, secondsLeft, spokenTime } from './countdown';

describe('countdown', () => {
  it('rounds the seconds left up and never goes below zero', () => {
    expect(secondsLeft(10_000, 0)).toBe(10);
    expect(secondsLeft(10_000, 9_001)).toBe(1);
    expect(secondsLeft(10_000, 10_000)).toBe(0);
    expect(secondsLeft(10_000, 99_000)).toBe(0);
  });

  it('shows a clock and says the time in words', () => {
    expect(clockText(0)).toBe('0:00');
    expect(clockText(20)).toBe('0:20');
    expect(clockText(15 * 60)).toBe('15:00');
    expect(clockText(3725)).toBe('1:02:05');
    expect(spokenTime(0)).toBe('0 seconds');
    expect(spokenTime(1)).toBe('1 second');
    expect(spokenTime(60)).toBe('1 minute');
    expect(spokenTime(125)).toBe('2 minutes 5 seconds');
  });

  it('fills the ring from empty to full', () => {
    expect(fractionDone(20, 20)).toBe(0);
    expect(fractionDone(20, 5)).toBe(0.75);
    expect(fractionDone(20, 0)).toBe(1);
    expect(fractionDone(0, 0)).toBe(1);
  });
});
