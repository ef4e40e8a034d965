import { describe, expect, it } from 'vitest';
import type { CheckupInstrument } from '../src/schema/checkup';
import { checkupDimensions } from '../src/schema/vocabulary';
import {
  checkup,
  checkupInstrumentByVersion,
  checkupInstruments,
  pulse,
  safetyResources,
  scoreCheckup,
  toCoupleSummary,
} from '../src/index';

/** Answers every dimension item with `value` as given (before reverse keying). */
function answerAll(
  instrument: CheckupInstrument,
  value: (item: CheckupInstrument['items'][number]) => number,
): Record<string, number> {
  return Object.fromEntries(instrument.items.map((item) => [item.id, value(item)]));
}

/** Answers so that every dimension lands on the same keyed value (0-4). */
function keyedAnswers(
  instrument: CheckupInstrument,
  keyed: (dimension: string) => number,
): Record<string, number> {
  return answerAll(instrument, (item) => (item.reverse ? 4 - keyed(item.dimension) : keyed(item.dimension)));
}

describe('check-up instrument', () => {
  it('has a version, and every version can be looked up', () => {
    expect(checkup.version).toBeGreaterThanOrEqual(1);
    for (const instrument of checkupInstruments)
      expect(checkupInstrumentByVersion(instrument.version)).toBe(instrument);
  });

  it('covers the eight dimensions from the product brief', () => {
    expect(checkup.dimensions.map((dimension) => dimension.id).sort()).toEqual([...checkupDimensions].sort());
  });

  it.each([...checkupDimensions])('%s has at least 5 items, including reverse-keyed ones', (dimension) => {
    const items = checkup.items.filter((item) => item.dimension === dimension);
    expect(items.length).toBeGreaterThanOrEqual(5);
    expect(items.some((item) => item.reverse)).toBe(true);
    expect(items.some((item) => !item.reverse)).toBe(true);
    expect(items.length).toBeGreaterThanOrEqual(checkup.scoring.minAnsweredPerDimension);
  });

  it.each(checkup.dimensions.map((dimension) => [dimension.id, dimension] as const))(
    '%s bands tile 0-100 without gaps or overlaps',
    (_id, dimension) => {
      const bands = [...dimension.bands].sort((a, b) => a.min - b.min);
      expect(bands[0]?.min).toBe(0);
      expect(bands[bands.length - 1]?.max).toBe(100);
      bands.forEach((band, index) => {
        expect(band.min).toBeLessThanOrEqual(band.max);
        if (index > 0) expect(band.min).toBe((bands[index - 1]?.max ?? -1) + 1);
      });
    },
  );

  it('covers every barrier from the product brief', () => {
    expect(checkup.barriers.items.map((item) => item.barrier).sort()).toEqual(
      [
        'desire-timing',
        'fear-of-rejection',
        'health-medication',
        'libido-mismatch',
        'past-hurts',
        'pornography',
        'screens',
        'stress-fatigue',
        'touched-out',
        'vulnerability',
      ].sort(),
    );
  });

  it('offers the life stages from the product brief', () => {
    const stages = checkup.lifeStage.options.map((option) => option.id);
    expect(stages).toEqual(
      expect.arrayContaining(['no-kids', 'young-kids', 'postpartum', 'caring-for-parents', 'long-distance']),
    );
  });

  it('asks about distress (support) and abuse or fear (safety), privately', () => {
    const routes = new Set(checkup.safety.items.map((item) => item.route));
    expect(routes).toEqual(new Set(['support', 'safety']));
    for (const item of checkup.safety.items) expect(item.shareable).toBe(false);
    const support = checkup.safety.items
      .filter((item) => item.route === 'support')
      .map((item) => item.text.en.toLowerCase())
      .join(' ');
    expect(support).toMatch(/hopeless/);
    expect(support).toMatch(/stopped arguing/);
    expect(support).toMatch(/out of hand/);
    const safety = checkup.safety.items
      .filter((item) => item.route === 'safety')
      .map((item) => item.text.en.toLowerCase())
      .join(' ');
    expect(safety).toMatch(/afraid/);
  });

  it('safety routing pauses couple features; support routing does not', () => {
    expect(checkup.routing.safety.pauseCoupleFeatures).toBe(true);
    expect(checkup.routing.support.pauseCoupleFeatures).toBe(false);
  });

  it('safety resources give no phone numbers except the well-known emergency ones', () => {
    const text = safetyResources.resources
      .map((resource) => [resource.body.en, ...(resource.points ?? []).map((point) => point.en)].join(' '))
      .join(' ');
    const numbers = text.match(/\+?\d[\d\s-]{2,}\d/g) ?? [];
    expect(numbers.filter((number) => !['911', '999', '112'].includes(number.trim()))).toEqual([]);
  });
});

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

describe('weekly pulse', () => {
  const levels = pulse.closenessScale.levels;

  it('has a version and a closeness picture item', () => {
    expect(pulse.version).toBeGreaterThanOrEqual(1);
    expect(pulse.items.some((item) => item.type === 'closeness-circles')).toBe(true);
  });

  it('draws seven pairs of circles from apart to almost fully overlapping', () => {
    expect(levels.map((level) => level.level)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    const first = levels[0];
    const last = levels[6];
    if (!first || !last) throw new Error('missing levels');
    expect(first.distance).toBeGreaterThan(2 * first.radius);
    expect(last.distance).toBeLessThan(0.5 * last.radius);
    for (let i = 1; i < levels.length; i++)
      expect(levels[i]?.distance).toBeLessThan(levels[i - 1]?.distance ?? 0);
  });

  it('fits every pair of circles inside the view box', () => {
    const { width, height } = pulse.closenessScale.viewBox;
    for (const level of levels) {
      expect(level.distance + 2 * level.radius).toBeLessThanOrEqual(width);
      expect(2 * level.radius).toBeLessThanOrEqual(height);
    }
  });

  it('keeps routed items private', () => {
    for (const item of pulse.items)
      if (item.type === 'scale' && item.route) expect(item.shareable).toBe(false);
  });
});
