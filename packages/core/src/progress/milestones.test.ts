import { describe, expect, it } from 'vitest';
import { addDays } from '../local-date';
import { milestones, type MilestoneInput } from './milestones';

const startWeek = '2026-01-05'; // Monday

/** Connected days given as day offsets from the start. */
function daysAt(...offsets: number[]) {
  return offsets.map((offset) => ({ date: addDays(startWeek, offset) }));
}

function touchesOn(offsets: number[], perDay = 6) {
  return offsets.flatMap((offset) =>
    Array.from({ length: perDay }, () => ({ date: addDays(startWeek, offset) })),
  );
}

function input(overrides: Partial<MilestoneInput>): MilestoneInput {
  return { startWeek, today: addDays(startWeek, 90), practiceDates: [], touches: [], ...overrides };
}

function find(list: ReturnType<typeof milestones>, id: string) {
  return list.find((milestone) => milestone.id === id);
}

describe('milestone: two connected weeks (usually two to four weeks in)', () => {
  it.each([
    ['four days in weeks 1 and 2', daysAt(0, 1, 2, 3, 7, 8, 9, 10), '2026-01-15', 2],
    ['four days in weeks 1 and 3, a quiet week between', daysAt(0, 1, 2, 3, 14, 16, 18, 20), '2026-01-25', 2],
    ['three days a week is not yet there', daysAt(0, 1, 2, 7, 8, 9, 14, 15, 16), null, 0],
    ['the same day twice counts once', daysAt(0, 0, 0, 0, 1, 2, 7, 8, 9, 10), null, 1],
    ['days before the start do not count', daysAt(-7, -6, -5, -4, 0, 1, 2, 3), null, 1],
  ] as const)('%s', (_name, practiceDates, reachedOn, weeksDone) => {
    expect(find(milestones(input({ practiceDates })), 'emotional-foundation')).toMatchObject({
      reachedOn,
      weeksDone,
    });
  });

  it('is not reached before it happened: today cuts off later days', () => {
    const reached = milestones(
      input({ practiceDates: daysAt(0, 1, 2, 3, 7, 8, 9, 10), today: addDays(startWeek, 9) }),
    );
    expect(find(reached, 'emotional-foundation')).toMatchObject({ reachedOn: null, weeksDone: 1 });
  });
});

describe('milestone: touch is a habit (usually four to eight weeks in)', () => {
  const threeGoalDaysInWeek = (week: number) => [0, 2, 4].map((day) => week * 7 + day);

  it.each([
    ['goal on three days in four weeks', [0, 1, 2, 3].flatMap(threeGoalDaysInWeek), '2026-01-30', 4],
    ['four such weeks spread over eight', [0, 2, 5, 7].flatMap(threeGoalDaysInWeek), '2026-02-27', 4],
    ['three such weeks', [0, 1, 2].flatMap(threeGoalDaysInWeek), null, 3],
  ] as const)('%s', (_name, days, reachedOn, weeksDone) => {
    expect(find(milestones(input({ touches: touchesOn([...days]) })), 'touch-habit')).toMatchObject({
      reachedOn,
      weeksDone,
    });
  });

  it('five touches a day is close, and not counted as six', () => {
    const days = [0, 1, 2, 3].flatMap(threeGoalDaysInWeek);
    expect(find(milestones(input({ touches: touchesOn(days, 5) })), 'touch-habit')).toMatchObject({
      weeksDone: 0,
    });
  });
});

it('refuses a start that is not a Monday', () => {
  expect(() => milestones(input({ startWeek: '2026-01-06' }))).toThrow(RangeError);
});
