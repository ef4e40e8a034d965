import { describe, expect, it } from 'vitest';
import { checkupDimensions } from '../src/schema/vocabulary';
import {
  checkup,
  checkupInstrumentByVersion,
  checkupInstruments,
  pulse,
  safetyResources,
} from '../src/index';

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
