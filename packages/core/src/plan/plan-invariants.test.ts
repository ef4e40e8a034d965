// Property tests: whatever the couple shared and however they set things up, the plan keeps its
// promises (emotional first, consent, life stage, only real exercises).
import { checkup, checkupDimensions } from '@hearth/content';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../local-date';
import { layerSchedule, planContext, summariesAsOf } from './plan-context';
import { exerciseById, planFor, planInput, shared, startWeek, summaryWith } from './plan-test-support';
import { swapOptions } from './swap-options';
import type { PlanInput } from './plan-types';

const keyed = fc.dictionary(fc.constantFrom(...checkupDimensions), fc.integer({ min: 0, max: 4 }), {
  maxKeys: 4,
});
const barrierAnswers = fc.dictionary(
  fc.constantFrom(...checkup.barriers.items.map((item) => item.id)),
  fc.integer({ min: 0, max: 2 }),
  { maxKeys: 3 },
);
const summary = fc.tuple(keyed, barrierAnswers).map(([parts, barriers]) => summaryWith(parts, barriers));
const input = fc.record({
  checkups: fc.array(fc.tuple(fc.constantFrom('a', 'b'), summary), { maxLength: 2 }),
  lifeStages: fc.subarray(
    checkup.lifeStage.options.map((option) => option.id),
    { maxLength: 2 },
  ),
  intimacyPaused: fc.boolean(),
  weeksIn: fc.integer({ min: 0, max: 14 }),
});

type Sample = typeof input extends fc.Arbitrary<infer T> ? T : never;

function inputFrom(sample: Sample): Partial<PlanInput> {
  return {
    sharedCheckups: sample.checkups.map(([partner, entry]) => shared(partner, entry)),
    lifeStages: sample.lifeStages,
    intimacyPaused: sample.intimacyPaused,
    today: addDays(startWeek, 7 * sample.weeksIn),
  };
}

describe('plan invariants over random couples', () => {
  it('emotional first, consent respected, life stage honoured, only real exercises', () => {
    fc.assert(
      fc.property(input, (sample) => {
        const overrides = inputFrom(sample);
        const plan = planFor(overrides);
        const context = planContext(
          checkup,
          summariesAsOf(overrides.sharedCheckups ?? [], startWeek),
          sample.lifeStages,
          sample.intimacyPaused,
        );
        const schedule = layerSchedule(context);
        for (const week of plan.weeks) {
          if (week.step === null) continue;
          expect(week.practices.length).toBeGreaterThanOrEqual(1);
          expect(week.practices.length).toBeLessThanOrEqual(4);
          expect(new Set(week.practices.map((practice) => practice.exerciseId)).size).toBe(
            week.practices.length,
          );
          for (const practice of week.practices) {
            const exercise = exerciseById.get(practice.exerciseId);
            expect(exercise).toBeDefined();
            if (week.step < schedule.affectionFrom) expect(practice.layer).toBe('emotional');
            if (sample.intimacyPaused || sample.lifeStages.includes('postpartum'))
              expect(practice.layer).not.toBe('intimacy');
            if (sample.lifeStages.includes('long-distance'))
              expect(exercise?.suits).toContain('long-distance');
            if (practice.layer === 'intimacy' && schedule.intimacyFrom !== null)
              expect(week.step).toBeGreaterThanOrEqual(schedule.intimacyFrom);
          }
        }
      }),
      { numRuns: 150 },
    );
  });

  it('swap options fit the week and never include what the week already has', () => {
    fc.assert(
      fc.property(input, fc.nat(), (sample, pick) => {
        const overrides = inputFrom(sample);
        const plan = planFor(overrides);
        const week = plan.weeks.find((entry) => entry.step !== null);
        const practice = week?.practices[pick % (week?.practices.length || 1)];
        if (!week || !practice) return;
        const options = swapOptions(planInput(overrides), week.weekStart, practice.exerciseId);
        const inWeek = new Set(week.practices.map((entry) => entry.exerciseId));
        for (const id of options) {
          expect(inWeek.has(id)).toBe(false);
          expect(exerciseById.get(id)?.layer).toBe('emotional'); // the first week is always emotional
          if (sample.lifeStages.includes('long-distance'))
            expect(exerciseById.get(id)?.suits).toContain('long-distance');
        }
      }),
      { numRuns: 60 },
    );
  });
});
