import { describe, expect, it } from 'vitest';
import { exerciseById, ids, planFor, planInput, shared, summaryWith } from './plan-test-support';
import { swapOptions } from './swap-options';

const ordinary = [shared('a', summaryWith({ appreciation: 1 }))];

describe('swap options', () => {
  it('offers the same kind of exercise first: touch for touch in a touch week', () => {
    const input = planInput({ sharedCheckups: ordinary });
    const week5 = planFor({ sharedCheckups: ordinary }).weeks[4];
    const touch = week5?.practices.find((practice) => practice.layer === 'affection');
    const options = swapOptions(input, week5?.weekStart ?? '', touch?.exerciseId ?? '');
    expect(exerciseById.get(options[0] ?? '')?.layer).toBe('affection');
    expect(options).not.toContain(touch?.exerciseId);
    for (const id of ids(week5)) expect(options).not.toContain(id);
    expect(options.some((id) => exerciseById.get(id)?.layer === 'intimacy')).toBe(false);
  });

  it.each([
    [false, true],
    [true, false],
  ])(
    'in the physical-relationship weeks, intimacy paused=%s offers intimacy exercises: %s',
    (paused, offered) => {
      const input = planInput({ sharedCheckups: ordinary, intimacyPaused: paused });
      const week10 = planFor({ sharedCheckups: ordinary, intimacyPaused: paused }).weeks[9];
      const first = week10?.practices[0]?.exerciseId ?? '';
      const options = swapOptions(input, week10?.weekStart ?? '', first);
      expect(options.some((id) => exerciseById.get(id)?.layer === 'intimacy')).toBe(offered);
    },
  );

  it('offers nothing for a week that is not in the plan or is paused', () => {
    const input = planInput({
      sharedCheckups: ordinary,
      adjustments: [{ kind: 'pause-week', weekStart: '2026-01-12' }],
    });
    expect(swapOptions(input, '2026-01-12', 'ex-evening-gratitude')).toEqual([]);
    expect(swapOptions(input, '2030-01-07', 'ex-evening-gratitude')).toEqual([]);
  });
});
