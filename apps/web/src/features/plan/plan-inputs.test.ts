import { checkup, checkupInstruments, exercises } from '@hearth/content';
import { generatePlan, scoreCheckupRecord } from '@hearth/core';
import { describe, expect, it } from 'vitest';
import { checkupShareFrom } from '../checkup/share-payload';
import { ME, YOU, checkupAnswers, rec } from '../checkup/test-records';
import { completedPractices, paceFrom, planAdjustments, planInputFrom, planStartWeek } from './plan-inputs';

const content = { instrument: checkup, exercises };
const dateOf = (iso: string) => iso.slice(0, 10);

function shareOf(keyed: (d: string) => number, takenOn: string, who: string) {
  const outcome = scoreCheckupRecord(checkupInstruments, {
    instrumentId: checkup.id,
    version: checkup.version,
    answers: checkupAnswers(keyed),
  });
  if (!outcome.ok) throw new Error(outcome.message);
  return rec(checkupShareFrom(outcome.result, takenOn, new Date(`${takenOn}T10:00:00Z`)), { authorId: who });
}

describe('when the plan begins', () => {
  it.each([
    { name: 'nothing shared or started', records: [], start: null },
    {
      name: 'a check-up shared on a Wednesday',
      records: [shareOf(() => 3, '2026-03-04', ME)],
      start: '2026-03-02',
    },
    {
      name: 'started with a gentle plan, then a check-up shared later',
      records: [
        rec({ type: 'plan-start', weekStart: '2026-02-23', createdAt: '2026-02-25T10:00:00Z' }),
        shareOf(() => 3, '2026-03-04', YOU),
      ],
      start: '2026-02-23',
    },
  ])('$name → $start', ({ records, start }) => {
    expect(planStartWeek(records)).toBe(start);
  });
});

describe('what the two of us did, as exercises', () => {
  it('counts practices, finished guided exercises only, and skips what has no date', () => {
    const done = completedPractices(
      [
        rec({ type: 'checkin', date: '2026-03-02', mood: 4, createdAt: '2026-03-02T08:00:00Z' }),
        rec(
          { type: 'checkin', date: '2026-03-02', mood: 3, createdAt: '2026-03-02T08:30:00Z' },
          { authorId: YOU },
        ),
        rec({ type: 'touch', date: '2026-03-03', kind: 'hug', at: '2026-03-03T08:00:00Z', forBoth: true }),
        rec({ type: 'device-free', startedAt: '2026-03-04T19:00:00Z', minutes: 20 }),
        rec({
          type: 'exercise-done',
          sessionId: 's1',
          exerciseId: 'ex-eye-gazing',
          completed: true,
          startedAt: null,
          endedAt: '2026-03-05T21:00:00Z',
          activeSeconds: 300,
          openedStageIds: [],
        }),
        rec({
          type: 'exercise-done',
          sessionId: 's2',
          exerciseId: 'ex-slow-dance',
          completed: false,
          startedAt: null,
          endedAt: '2026-03-05T21:00:00Z',
          activeSeconds: 30,
          openedStageIds: [],
        }),
        rec({ type: 'note', text: 'x', updatedAt: '2026-03-05T21:00:00Z' }),
      ],
      dateOf,
    );
    expect(done).toEqual([
      { exerciseId: 'ex-six-touches-a-day', date: '2026-03-03' },
      { exerciseId: 'ex-device-free-time', date: '2026-03-04' },
      { exerciseId: 'ex-eye-gazing', date: '2026-03-05' },
      { exerciseId: 'ex-morning-check-in', date: '2026-03-02' },
    ]);
  });

  it('a practice for two is not done when only one of us did it', () => {
    const done = completedPractices(
      [
        rec({ type: 'checkin', date: '2026-03-02', mood: 4, createdAt: '2026-03-02T08:00:00Z' }),
        rec({ type: 'checkin', date: '2026-03-03', mood: 4, createdAt: '2026-03-03T08:00:00Z' }),
        rec({ type: 'touch', date: '2026-03-03', kind: 'hug', at: '2026-03-03T08:00:00Z', forBoth: false }),
      ],
      dateOf,
    );
    expect(done).toEqual([]);
  });

  it('keeps adjustments in the order they were made', () => {
    const adjustments = planAdjustments([
      rec({
        type: 'plan-adjustment',
        adjustment: { kind: 'pace', weekStart: '2026-03-09', pace: 'slower' },
        createdAt: '2026-03-10T10:00:00Z',
      }),
      rec({
        type: 'plan-adjustment',
        adjustment: { kind: 'pause-week', weekStart: '2026-03-02' },
        createdAt: '2026-03-03T10:00:00Z',
      }),
    ]);
    expect(adjustments.map((a) => a.kind)).toEqual(['pause-week', 'pace']);
    expect(paceFrom(adjustments, '2026-03-02')).toBe('usual');
    expect(paceFrom(adjustments, '2026-03-16')).toBe('slower');
  });
});

describe('the plan from shared records', () => {
  const highConflict = shareOf((d) => (d === 'communication-conflict' ? 0 : 3), '2026-03-02', ME);
  const base = { content, today: '2026-03-04', dateOf, setAsideForSafety: false, intimacyPaused: false };

  it('no plan before it begins', () => {
    expect(planInputFrom({ ...base, shared: [] })).toBeNull();
  });

  it('a shared check-up with high conflict starts with repair, from the couple’s life stage', () => {
    const input = planInputFrom({
      ...base,
      shared: [
        highConflict,
        rec({ type: 'life-stage', stages: ['young-kids'], updatedAt: '2026-03-02T10:00:00Z' }),
      ],
    });
    expect(input).not.toBeNull();
    const plan = generatePlan(input!);
    expect(input?.lifeStages).toEqual(['young-kids']);
    expect(plan.currentWeek?.theme).toBe('repair');
    expect(plan.currentWeek?.basis).toBe('one-summary');
  });

  it('an exercise we finished this week marks that practice done', () => {
    const before = generatePlan(planInputFrom({ ...base, shared: [highConflict] })!).currentWeek;
    const first = before?.practices[0];
    expect(first?.done).toBe(false);
    const finished = rec({
      type: 'exercise-done',
      sessionId: 's1',
      exerciseId: first!.exerciseId,
      completed: true,
      startedAt: null,
      endedAt: '2026-03-03T21:00:00Z',
      activeSeconds: 300,
      openedStageIds: [],
    });
    const after = generatePlan(planInputFrom({ ...base, shared: [highConflict, finished] })!).currentWeek;
    expect(after?.practices[0]).toMatchObject({ exerciseId: first!.exerciseId, done: true });
    expect(after?.progress?.done).toBe(1);
  });

  it('set aside for me when my own private answers route me to safety', () => {
    const input = planInputFrom({ ...base, shared: [highConflict], setAsideForSafety: true });
    expect(generatePlan(input!)).toMatchObject({ status: 'set-aside-for-safety', currentWeek: null });
  });
});
