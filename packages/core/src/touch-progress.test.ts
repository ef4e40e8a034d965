import { describe, expect, it } from 'vitest';
import { dailyTouchGoal, touchProgress } from './touch-progress';

const today = '2026-03-29';

function touches(todayCount: number, otherDays = 0) {
  return [
    ...Array.from({ length: todayCount }, () => ({ date: today })),
    ...Array.from({ length: otherDays }, () => ({ date: '2026-03-28' })),
  ];
}

describe('touch progress toward six a day', () => {
  it.each([
    [0, 0, false],
    [1, 0, false],
    [5, 9, false],
    [6, 0, true],
    [9, 0, true],
    [0, 6, false],
  ])('%i touches today and %i yesterday: done is %s', (todayCount, otherDays, done) => {
    expect(touchProgress(touches(todayCount, otherDays), today)).toEqual({
      count: todayCount,
      goal: 6,
      done,
    });
  });

  it('the goal is six', () => {
    expect(dailyTouchGoal).toBe(6);
  });
});
