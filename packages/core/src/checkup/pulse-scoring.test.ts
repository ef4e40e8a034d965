import { pulse, pulses } from '@hearth/content';
import { describe, expect, it } from 'vitest';
import { scorePulseRecord, toSharedPulse, type PulseAnswersRecord } from './pulse-scoring';

const complete = {
  'pulse-closeness': 5,
  'pulse-appreciated': 4,
  'pulse-time-together': 2,
  'pulse-affection': 0,
  'pulse-heard': 3,
};

function record(answers: Record<string, unknown>, version = pulse.version): PulseAnswersRecord {
  return { pulseId: pulse.id, version, answers };
}

describe('weekly pulse scoring', () => {
  it('scores closeness and each statement as 0-100', () => {
    const outcome = scorePulseRecord(pulses, record(complete));
    expect(outcome).toEqual({
      ok: true,
      result: {
        pulseId: pulse.id,
        version: pulse.version,
        closeness: 5,
        items: [
          { itemId: 'pulse-appreciated', value: 4, percent: 100 },
          { itemId: 'pulse-time-together', value: 2, percent: 50 },
          { itemId: 'pulse-affection', value: 0, percent: 0 },
          { itemId: 'pulse-heard', value: 3, percent: 75 },
        ],
        routes: [],
      },
    });
  });

  it.each([
    [1, 1],
    [7, 7],
  ])('accepts closeness picture %i', (closeness, expected) => {
    const outcome = scorePulseRecord(pulses, record({ ...complete, 'pulse-closeness': closeness }));
    expect(outcome.ok && outcome.result.closeness).toBe(expected);
  });

  it.each([
    ['closeness 0', { ...complete, 'pulse-closeness': 0 }, 'not-a-choice'],
    ['closeness 8', { ...complete, 'pulse-closeness': 8 }, 'not-a-choice'],
    ['a statement off the scale', { ...complete, 'pulse-heard': 5 }, 'not-a-choice'],
    ['support answered 2 on a yes/no', { ...complete, 'pulse-support': 2 }, 'not-a-choice'],
    ['closeness left out', { ...complete, 'pulse-closeness': undefined }, 'missing-answer'],
    ['a statement left out', { ...complete, 'pulse-affection': undefined }, 'missing-answer'],
    ['an unknown question', { ...complete, 'pulse-mystery': 1 }, 'unknown-question'],
  ])('refuses %s and scores nothing', (_name, answers, kind) => {
    const outcome = scorePulseRecord(pulses, record(answers));
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.problems.map((problem) => problem.kind)).toEqual([kind]);
    expect(outcome.message).toMatch(/^Nothing has been scored yet\. .+/);
  });

  it('refuses a pulse version this app does not ship', () => {
    expect(scorePulseRecord(pulses, record(complete, 99))).toMatchObject({
      ok: false,
      problems: [{ kind: 'unknown-version', version: 99 }],
    });
  });

  it('the support question is optional, routes privately, and never reaches the shared pulse', () => {
    const asked = scorePulseRecord(pulses, record({ ...complete, 'pulse-support': 1 }));
    const notAsked = scorePulseRecord(pulses, record({ ...complete, 'pulse-support': 0 }));
    const skipped = scorePulseRecord(pulses, record(complete));
    if (!asked.ok || !notAsked.ok || !skipped.ok) throw new Error('expected all three to score');
    expect(asked.result.routes).toEqual(['support']);
    expect(notAsked.result.routes).toEqual([]);
    expect(toSharedPulse(asked.result)).toEqual(toSharedPulse(skipped.result));
    expect(JSON.stringify(toSharedPulse(asked.result))).not.toMatch(/support|route/);
  });
});
