import { checkup } from '@hearth/content';
import { describe, expect, it } from 'vitest';
import { answerAll, keyedAnswers } from './answers-for-tests';
import { scoreCheckup, toCoupleSummary } from './checkup-scoring';

describe('scoreCheckup', () => {
  it.each([
    [0, 0, 'needs-care'],
    [1, 25, 'needs-care'],
    [2, 50, 'mixed'],
    [3, 75, 'strong'],
    [4, 100, 'strong'],
  ] as const)('keyed answers of %i score %i (%s) in every dimension', (keyed, score, band) => {
    const result = scoreCheckup(
      checkup,
      keyedAnswers(checkup, () => keyed),
    );
    for (const dimension of result.dimensions) expect(dimension).toMatchObject({ score, band });
  });

  it('flips reverse-keyed items: agreeing with everything is a middling score, not a top one', () => {
    const result = scoreCheckup(
      checkup,
      answerAll(checkup, () => 4),
    );
    for (const dimension of result.dimensions) expect(dimension.score).toBeLessThan(75);
  });

  it('shows no score with fewer answers than the minimum', () => {
    const first = checkup.items
      .filter((item) => item.dimension === 'emotional')
      .slice(0, checkup.scoring.minAnsweredPerDimension - 1);
    const result = scoreCheckup(checkup, Object.fromEntries(first.map((item) => [item.id, 3])));
    expect(result.dimensions.find((entry) => entry.dimension === 'emotional')).toMatchObject({
      score: null,
      band: null,
    });
  });

  it('treats unknown items and out-of-range values as skipped', () => {
    const answers = {
      ...keyedAnswers(checkup, () => 4),
      'cu-emotional-01': 99,
      'cu-emotional-02': -1,
      'cu-emotional-03': 2.5,
      'no-such-item': 4,
    };
    const emotional = scoreCheckup(checkup, answers).dimensions.find(
      (entry) => entry.dimension === 'emotional',
    );
    expect(emotional?.answered).toBe(3);
    expect(emotional?.score).toBeNull();
  });

  it('suggests the lowest dimensions first, with their exercises', () => {
    const result = scoreCheckup(
      checkup,
      keyedAnswers(checkup, (dimension) =>
        dimension === 'appreciation' ? 1 : dimension === 'quality-time' ? 2 : 4,
      ),
    );
    expect(result.workOnFirst.map((entry) => entry.dimension)).toEqual(['appreciation', 'quality-time']);
    expect(result.workOnFirst[0]?.exerciseIds).toContain('ex-evening-gratitude');
  });

  it('puts emotional closeness before physical when an emotional dimension needs care', () => {
    const result = scoreCheckup(
      checkup,
      keyedAnswers(
        checkup,
        (dimension) => ({ sexual: 0, 'physical-affection': 0, emotional: 1 })[dimension] ?? 4,
      ),
    );
    expect(result.workOnFirst[0]?.dimension).toBe('emotional');
  });

  it('suggests nothing when every dimension is a strength', () => {
    expect(
      scoreCheckup(
        checkup,
        keyedAnswers(checkup, () => 4),
      ).workOnFirst,
    ).toEqual([]);
  });

  it('leaves intimate dimensions and barriers out while intimacy content is paused', () => {
    const answers = {
      ...keyedAnswers(checkup, (dimension) => (dimension === 'sexual' ? 0 : 3)),
      'cu-barrier-libido-mismatch': 2,
    };
    const result = scoreCheckup(checkup, answers, [], { intimacyPaused: true });
    expect(result.dimensions.find((entry) => entry.dimension === 'sexual')?.score).toBeNull();
    expect(result.workOnFirst.map((entry) => entry.dimension)).not.toContain('sexual');
    expect(result.barriers.map((entry) => entry.barrier)).not.toContain('libido-mismatch');
  });

  it('finds barriers at or above their threshold and keeps known life stages', () => {
    const result = scoreCheckup(checkup, { 'cu-barrier-screens': 1, 'cu-barrier-stress-fatigue': 0 }, [
      'young-kids',
      'made-up',
    ]);
    expect(result.barriers).toEqual([{ barrier: 'screens', sensitive: false }]);
    expect(result.lifeStages).toEqual(['young-kids']);
  });

  it.each(checkup.safety.items.map((item) => [item.id, item] as const))(
    '%s routes to its resources at its trigger value',
    (_id, item) => {
      expect(scoreCheckup(checkup, { [item.id]: item.triggerAt }).routes).toEqual([item.route]);
      expect(scoreCheckup(checkup, { [item.id]: item.triggerAt - 1 }).routes).toEqual([]);
    },
  );
});

describe('couple summaries never carry private signals', () => {
  const base = keyedAnswers(checkup, () => 2);
  const withDistress = {
    ...base,
    ...Object.fromEntries(checkup.safety.items.map((item) => [item.id, 3])),
    'cu-barrier-pornography': 2,
    'cu-barrier-screens': 2,
  };

  it('safety and distress answers do not change the couple summary', () => {
    const calm = toCoupleSummary(scoreCheckup(checkup, { ...base, 'cu-barrier-screens': 2 }));
    const distressed = toCoupleSummary(scoreCheckup(checkup, withDistress));
    expect(distressed).toEqual(calm);
  });

  it('the summary has no routes and no sensitive barriers', () => {
    const summary = toCoupleSummary(scoreCheckup(checkup, withDistress));
    expect(JSON.stringify(summary)).not.toMatch(/support|safety|pornography/);
    expect(summary.barriers).toEqual(['screens']);
  });
});
