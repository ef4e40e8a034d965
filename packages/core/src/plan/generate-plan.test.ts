import { describe, expect, it } from 'vitest';
import { addDays } from '../local-date';
import { planSteps } from './plan-context';
import {
  didPractices,
  exerciseById,
  firstWeekWith,
  ids,
  layersOf,
  physicalLoad,
  planFor,
  shared,
  startWeek,
  summaryWith,
} from './plan-test-support';

const ordinary = [shared('a', summaryWith({ appreciation: 1, 'quality-time': 2 }))];
const highConflict = [shared('a', summaryWith({ 'communication-conflict': 0 }))];

describe('the plan: emotional practices first, physical connection layered in', () => {
  const plan = planFor({ sharedCheckups: ordinary });

  it('has twelve steps, one a week at the usual pace', () => {
    expect(plan.weeks.map((week) => week.step)).toEqual(Array.from({ length: planSteps }, (_, i) => i + 1));
    expect(plan.weeks.map((week) => week.weekStart).slice(0, 3)).toEqual([
      startWeek,
      '2026-01-12',
      '2026-01-19',
    ]);
  });

  it('weeks 1-4 are emotional only; touch joins in week 5, the physical relationship in week 9', () => {
    for (const week of plan.weeks.slice(0, 4)) expect(layersOf(week)).toEqual(['emotional']);
    expect(firstWeekWith(plan, 'affection')?.number).toBe(5);
    expect(firstWeekWith(plan, 'intimacy')?.number).toBe(9);
    expect(plan.weeks[4]?.theme).toBe('affection-begins');
    expect(plan.weeks[8]?.theme).toBe('intimacy-begins');
  });

  it('every week explains itself and draws only on the exercise library', () => {
    for (const week of plan.weeks) {
      expect(week.why.length).toBeGreaterThan(20);
      expect(week.practices.length).toBeGreaterThanOrEqual(2);
      expect(week.practices.length).toBeLessThanOrEqual(4);
      expect(new Set(ids(week)).size).toBe(week.practices.length);
      for (const practice of week.practices)
        expect(exerciseById.get(practice.exerciseId)?.layer).toBe(practice.layer);
    }
  });

  it('starts with what the check-up suggested: the lowest part first', () => {
    const parts = plan.weeks[0]?.practices.map((practice) => practice.dimension);
    expect([...new Set(parts)]).toEqual(['appreciation', 'quality-time']);
    expect(plan.weeks[0]?.practices[0]).toMatchObject({
      exerciseId: 'ex-evening-gratitude',
      cadence: 'daily',
    });
    expect(plan.weeks[0]?.why).toMatch(/thank you/);
  });
});

describe('plan rules', () => {
  it('a couple with high conflict starts with repair and cool-down before anything physical', () => {
    const plan = planFor({ sharedCheckups: highConflict });
    const calm = planFor({ sharedCheckups: ordinary });
    expect(ids(plan.weeks[0]).slice(0, 2)).toEqual(['ex-flooding-cool-down', 'ex-repair-after-conflict']);
    expect(plan.weeks[0]?.theme).toBe('repair');
    expect(plan.weeks[0]?.why).toMatch(/cool down/);
    const firstTouch = firstWeekWith(plan, 'affection')?.number ?? 0;
    expect(firstTouch).toBeGreaterThan(firstWeekWith(calm, 'affection')?.number ?? 0);
    for (const week of plan.weeks.slice(0, firstTouch - 1)) expect(layersOf(week)).toEqual(['emotional']);
  });

  it.each([
    ['partner A', [shared('a', summaryWith({ 'communication-conflict': 0 })), shared('b', summaryWith())]],
    ['partner B', [shared('a', summaryWith()), shared('b', summaryWith({ 'communication-conflict': 1 }))]],
  ])('high conflict reported by %s alone is enough', (_who, checkups) => {
    expect(planFor({ sharedCheckups: checkups }).weeks[0]?.theme).toBe('repair');
  });

  it('mixed (not low) conflict scores do not start with repair', () => {
    const plan = planFor({ sharedCheckups: [shared('a', summaryWith({ 'communication-conflict': 2 }))] });
    expect(plan.weeks[0]?.theme).not.toBe('repair');
  });

  it.each(['postpartum', 'young-kids'])(
    '%s lowers physical intensity and includes the touched-out reset',
    (stage) => {
      const usual = planFor({ sharedCheckups: ordinary, lifeStages: ['no-kids'] });
      const plan = planFor({ sharedCheckups: ordinary, lifeStages: [stage] });
      const load = (weeks: typeof plan.weeks) => weeks.reduce((sum, week) => sum + physicalLoad(week), 0);
      expect(load(plan.weeks)).toBeLessThan(load(usual.weeks));
      plan.weeks.forEach((week, index) => {
        expect(physicalLoad(week)).toBeLessThanOrEqual(physicalLoad(usual.weeks[index] ?? week));
        expect(
          week.practices.some(
            (practice) => practice.cadence === 'programme' && practice.layer === 'intimacy',
          ),
        ).toBe(false);
      });
      expect(ids(firstWeekWith(plan, 'affection'))).toContain('ex-touched-out-reset');
      expect(ids(plan.weeks[0])).toContain('ex-new-parents-check-in');
      expect(plan.weeks[0]?.practices.every((practice) => practice.variant === 'with-kids')).toBe(true);
    },
  );

  it.each([
    ['postpartum', undefined],
    ['young-kids', 11],
    ['no-kids', 9],
  ] as const)('with %s the physical relationship begins at week %s', (stage, week) => {
    expect(
      firstWeekWith(planFor({ sharedCheckups: ordinary, lifeStages: [stage] }), 'intimacy')?.number,
    ).toBe(week);
  });

  it('long distance swaps in distance-suited exercises', () => {
    const plan = planFor({ sharedCheckups: ordinary, lifeStages: ['long-distance'] });
    for (const week of plan.weeks) {
      expect(ids(week)).toContain('ex-distance-ritual');
      for (const practice of week.practices) {
        expect(exerciseById.get(practice.exerciseId)?.suits).toContain('long-distance');
        expect(practice.variant).toBe('long-distance');
      }
    }
    expect(firstWeekWith(plan, 'affection')).toBeUndefined();
    expect(plan.weeks[4]?.why).toMatch(/apart/);
    // Without the life stage the same couple gets hands-on touch.
    expect(firstWeekWith(planFor({ sharedCheckups: ordinary }), 'affection')).toBeDefined();
  });

  it('intimacy paused: no physical-relationship practices at all, and the sexual part is never a focus', () => {
    const lowSexual = [shared('a', summaryWith({ sexual: 0, appreciation: 1 }))];
    const plan = planFor({ sharedCheckups: lowSexual, intimacyPaused: true });
    expect(firstWeekWith(plan, 'intimacy')).toBeUndefined();
    for (const week of plan.weeks) {
      expect(week.practices.map((practice) => practice.dimension)).not.toContain('sexual');
      expect(week.theme.startsWith('intimacy')).toBe(false);
    }
    // Non-sexual affection (hugs, holding hands) is not intimacy content and stays.
    expect(firstWeekWith(plan, 'affection')?.number).toBe(5);
    expect(firstWeekWith(planFor({ sharedCheckups: lowSexual }), 'intimacy')).toBeDefined();
  });

  it('one shared summary works', () => {
    const plan = planFor({ sharedCheckups: [shared('b', summaryWith({ intellectual: 0 }))] });
    expect(plan.status).toBe('active');
    expect(plan.weeks[0]?.basis).toBe('one-summary');
    expect(plan.weeks[0]?.practices.some((practice) => practice.dimension === 'intellectual')).toBe(true);
  });

  it('two summaries: each partner’s most pressing part is worked on from week 1', () => {
    const plan = planFor({
      sharedCheckups: [
        shared('a', summaryWith({ appreciation: 0 })),
        shared('b', summaryWith({ intellectual: 1 })),
      ],
    });
    expect(plan.weeks[0]?.basis).toBe('two-summaries');
    const parts = plan.weeks[0]?.practices.map((practice) => practice.dimension);
    expect(parts).toEqual(expect.arrayContaining(['appreciation', 'intellectual']));
  });

  it('no summaries: a gentle default plan', () => {
    const plan = planFor();
    expect(plan.status).toBe('active');
    expect(plan.weeks).toHaveLength(planSteps);
    for (const week of plan.weeks.slice(0, 4)) {
      expect(week.basis).toBe('default');
      expect(week.theme).toBe('gentle-start');
      expect(week.practices).toHaveLength(2);
      expect(layersOf(week)).toEqual(['emotional']);
    }
    expect(plan.weeks[0]?.why).toMatch(/gentle start/i);
  });

  it('a shared barrier brings in its exercises', () => {
    const plan = planFor({ sharedCheckups: [shared('a', summaryWith({}, { 'cu-barrier-touched-out': 2 }))] });
    expect(ids(firstWeekWith(plan, 'affection'))).toContain('ex-touched-out-reset');
  });

  it('is set aside entirely for someone routed to safety resources', () => {
    expect(planFor({ sharedCheckups: ordinary, setAsideForSafety: true })).toEqual({
      status: 'set-aside-for-safety',
      weeks: [],
      currentWeek: null,
    });
  });

  it('refuses a start that is not a Monday', () => {
    expect(() => planFor({ startWeek: '2026-01-06' })).toThrow(RangeError);
  });
});

describe('the plan adapts to what the couple actually did', () => {
  const week1 = planFor({ sharedCheckups: ordinary }).weeks[0];
  const inWeek3 = addDays(startWeek, 15);

  it.each([
    [3, 2, 'new'],
    [2, 2, 'new'],
    [1, 1, 'repeat'],
    [0, 1, 'repeat'],
  ] as const)('%i of 3 practices done in week 1: week 2 is step %i (%s)', (done, step, kind) => {
    const plan = planFor({ sharedCheckups: ordinary, today: inWeek3, completed: didPractices(week1, done) });
    expect(plan.weeks[0]?.progress).toEqual({ done, of: 3 });
    expect(plan.weeks[1]).toMatchObject({ step, kind, timing: 'past' });
    if (kind === 'repeat') {
      expect(ids(plan.weeks[1])).toEqual(ids(plan.weeks[0]));
      expect(plan.weeks[1]?.why).toMatch(/no catching up/);
    }
  });

  it('a repeated week still finishes the plan: nothing is lost, it only moves later', () => {
    const plan = planFor({ sharedCheckups: ordinary, today: inWeek3 });
    expect(plan.weeks.map((week) => week.step)).toEqual([
      1,
      1,
      1,
      ...Array.from({ length: 11 }, (_, i) => i + 2),
    ]);
    expect(plan.currentWeek).toMatchObject({ number: 3, step: 1, timing: 'current', kind: 'repeat' });
  });

  it('done counts only inside the week itself', () => {
    const late = didPractices(week1, 3).map((entry) => ({ ...entry, date: addDays(startWeek, 7) }));
    const plan = planFor({ sharedCheckups: ordinary, today: inWeek3, completed: late });
    expect(plan.weeks[0]?.progress).toEqual({ done: 0, of: 3 });
  });

  it('a paused week waits: nothing is due and the step does not move', () => {
    const plan = planFor({
      sharedCheckups: ordinary,
      adjustments: [{ kind: 'pause-week', weekStart: '2026-01-12' }],
    });
    expect(plan.weeks[1]).toMatchObject({
      kind: 'paused',
      step: null,
      theme: 'paused',
      practices: [],
      progress: null,
    });
    expect(plan.weeks[2]?.step).toBe(2);
    expect(plan.weeks).toHaveLength(planSteps + 1);
  });

  it('slower pace: each step lasts two weeks, so touch joins in week 9', () => {
    const plan = planFor({
      sharedCheckups: ordinary,
      adjustments: [{ kind: 'pace', weekStart: startWeek, pace: 'slower' }],
    });
    expect(plan.weeks.slice(0, 4).map((week) => [week.step, week.kind])).toEqual([
      [1, 'new'],
      [1, 'slower'],
      [2, 'new'],
      [2, 'slower'],
    ]);
    expect(firstWeekWith(plan, 'affection')?.number).toBe(9);
    expect(plan.weeks).toHaveLength(planSteps * 2);
  });

  it('slower pace from week 3 leaves weeks 1-2 as they were', () => {
    const plan = planFor({
      sharedCheckups: ordinary,
      adjustments: [{ kind: 'pace', weekStart: '2026-01-19', pace: 'slower' }],
    });
    expect(plan.weeks.slice(0, 5).map((week) => week.step)).toEqual([1, 2, 3, 3, 4]);
  });

  it('swap: the exercise is replaced by the chosen one from that week on, earlier weeks unchanged', () => {
    const before = planFor({ sharedCheckups: ordinary });
    const swapped = ids(before.weeks[0])[1] ?? '';
    const plan = planFor({
      sharedCheckups: ordinary,
      adjustments: [
        { kind: 'swap', weekStart: startWeek, exerciseId: swapped, replacementId: 'ex-walk-and-talk' },
      ],
    });
    expect(ids(plan.weeks[0])[1]).toBe('ex-walk-and-talk');
    expect(plan.weeks[0]?.practices[1]?.reason).toBe('swapped-in');
    for (const week of plan.weeks) expect(ids(week)).not.toContain(swapped);
  });

  it('swap without a choice, or with one that does not fit yet, takes the next fitting exercise', () => {
    const before = planFor({ sharedCheckups: ordinary });
    const swapped = ids(before.weeks[1])[1] ?? '';
    for (const replacementId of [undefined, 'ex-staged-touch']) {
      const plan = planFor({
        sharedCheckups: ordinary,
        adjustments: [
          {
            kind: 'swap',
            weekStart: '2026-01-12',
            exerciseId: swapped,
            ...(replacementId ? { replacementId } : {}),
          },
        ],
      });
      expect(ids(plan.weeks[0])).toEqual(ids(before.weeks[0]));
      expect(ids(plan.weeks[1])).not.toContain(swapped);
      expect(ids(plan.weeks[1])).toHaveLength(ids(before.weeks[1]).length);
      expect(layersOf(plan.weeks[1])).toEqual(['emotional']);
    }
  });

  it('a new check-up regenerates from the current week; weeks already lived stay as they were', () => {
    const today = '2026-01-21'; // week 3
    const firstOnly = planFor({
      sharedCheckups: ordinary,
      today,
      completed: [
        ...didPractices(planFor({ sharedCheckups: ordinary }).weeks[0], 3),
        ...didPractices(planFor({ sharedCheckups: ordinary }).weeks[1], 3),
      ],
    });
    const renewed = planFor({
      sharedCheckups: [...ordinary, shared('a', summaryWith({ intellectual: 0 }), today)],
      today,
      completed: [...didPractices(firstOnly.weeks[0], 3), ...didPractices(firstOnly.weeks[1], 3)],
    });
    expect(renewed.weeks.slice(0, 2)).toEqual(firstOnly.weeks.slice(0, 2));
    expect(renewed.currentWeek?.number).toBe(3);
    expect(renewed.currentWeek?.step).toBe(firstOnly.currentWeek?.step);
    expect(ids(renewed.currentWeek ?? undefined)).not.toEqual(ids(firstOnly.currentWeek ?? undefined));
    expect(renewed.currentWeek?.practices.some((practice) => practice.dimension === 'intellectual')).toBe(
      true,
    );
    expect(renewed.currentWeek?.why).toMatch(/new check-up/);
  });

  it.each([
    ['before the first week', '2026-01-01', 'not-started', null],
    ['in week 1', startWeek, 'active', 1],
    ['after twelve good weeks', '2026-04-01', 'complete', null],
  ] as const)('status %s', (_when, today, status, current) => {
    const everything = planFor({ sharedCheckups: ordinary }).weeks.flatMap((week) => didPractices(week, 4));
    const plan = planFor({ sharedCheckups: ordinary, today, completed: everything });
    expect(plan.status).toBe(status);
    expect(plan.currentWeek?.number ?? null).toBe(current);
  });
});
