// Property tests: whatever someone answers, nothing private (distress and safety answers, the
// routes they trigger, sensitive barriers) ever reaches what the partner can be shown.
import { checkup, pulse } from '@hearth/content';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scoreCheckup, toCoupleSummary } from './checkup-scoring';
import { scorePulseRecord, toSharedPulse } from './pulse-scoring';

const privateItemIds = [
  ...checkup.safety.items.map((item) => item.id),
  ...checkup.barriers.items.filter((item) => item.sensitive).map((item) => item.id),
];
const sharedItemIds = [
  ...checkup.items.map((item) => item.id),
  ...checkup.barriers.items.filter((item) => !item.sensitive).map((item) => item.id),
];
const sensitiveBarriers = checkup.barriers.items.filter((item) => item.sensitive).map((item) => item.barrier);

/** Any subset of the given questions, answered in range, out of range or not at all. */
function answersFor(ids: readonly string[]): fc.Arbitrary<Record<string, number>> {
  return fc
    .record(
      Object.fromEntries(
        ids.map((id) => [id, fc.option(fc.integer({ min: -2, max: 6 }), { nil: undefined })]),
      ),
    )
    .map((answers) =>
      Object.fromEntries(
        Object.entries(answers).filter((entry): entry is [string, number] => entry[1] !== undefined),
      ),
    );
}

const options = fc.record({
  intimacyPaused: fc.boolean(),
  lifeStages: fc.subarray(checkup.lifeStage.options.map((option) => option.id)),
});

describe('couple summaries never carry private answers', () => {
  it('the summary depends only on shareable answers, whatever the private ones are', () => {
    fc.assert(
      fc.property(
        answersFor(sharedItemIds),
        answersFor(privateItemIds),
        answersFor(privateItemIds),
        options,
        (shared, privateA, privateB, { intimacyPaused, lifeStages }) => {
          const summaryA = toCoupleSummary(
            scoreCheckup(checkup, { ...shared, ...privateA }, lifeStages, { intimacyPaused }),
          );
          const summaryB = toCoupleSummary(
            scoreCheckup(checkup, { ...shared, ...privateB }, lifeStages, { intimacyPaused }),
          );
          expect(summaryA).toEqual(summaryB);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('no safety item, route or sensitive barrier appears in the summary payload', () => {
    fc.assert(
      fc.property(
        answersFor([...sharedItemIds, ...privateItemIds]),
        options,
        (answers, { intimacyPaused, lifeStages }) => {
          const result = scoreCheckup(checkup, answers, lifeStages, { intimacyPaused });
          const summary = toCoupleSummary(result);
          const payload = JSON.stringify(summary);
          expect(Object.keys(summary).sort()).toEqual([
            'barriers',
            'dimensions',
            'instrumentId',
            'version',
            'workOnFirst',
          ]);
          for (const id of privateItemIds) expect(payload).not.toContain(id);
          for (const barrier of sensitiveBarriers) expect(summary.barriers).not.toContain(barrier);
          expect(payload).not.toMatch(/"(support|safety)"|routes/);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('the generator does reach the private routes (so the properties above are not vacuous)', () => {
    const samples = fc.sample(answersFor(privateItemIds), { numRuns: 200, seed: 7 });
    const routed = samples.filter((answers) => scoreCheckup(checkup, answers).routes.length > 0);
    expect(routed.length).toBeGreaterThan(50);
  });
});

describe('shared pulses never carry the private support question', () => {
  it('the shared pulse is the same whether or not support was asked for', () => {
    const level = fc.integer({ min: 1, max: 7 });
    const agree = fc.integer({ min: 0, max: 4 });
    fc.assert(
      fc.property(
        level,
        agree,
        agree,
        agree,
        agree,
        fc.constantFrom(0, 1),
        (closeness, a, b, c, d, support) => {
          const answers = {
            'pulse-closeness': closeness,
            'pulse-appreciated': a,
            'pulse-time-together': b,
            'pulse-affection': c,
            'pulse-heard': d,
          };
          const base = { pulseId: pulse.id, version: pulse.version };
          const withSupport = scorePulseRecord([pulse], {
            ...base,
            answers: { ...answers, 'pulse-support': support },
          });
          const without = scorePulseRecord([pulse], { ...base, answers });
          if (!withSupport.ok || !without.ok) throw new Error('valid answers must score');
          expect(toSharedPulse(withSupport.result)).toEqual(toSharedPulse(without.result));
          expect(JSON.stringify(toSharedPulse(withSupport.result))).not.toContain('pulse-support');
        },
      ),
      { numRuns: 200 },
    );
  });
});
