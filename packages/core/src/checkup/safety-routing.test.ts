import { checkup, pulse, pulses, safetyResources } from '@hearth/content';
import { describe, expect, it } from 'vitest';
import { keyedAnswers } from './answers-for-tests';
import { scoreCheckup, type CheckupResult } from './checkup-scoring';
import { scorePulseRecord, type PulseResult } from './pulse-scoring';
import {
  coupleFeaturesPaused,
  distressSigns,
  privateRoutes,
  supportAdvice,
  type PrivateHistory,
} from './safety-routing';

const calmAnswers = keyedAnswers(checkup, () => 3);
const lowAnswers = keyedAnswers(checkup, () => 1);

function checkupWith(extra: Record<string, number> = {}, base = calmAnswers): CheckupResult {
  return scoreCheckup(checkup, { ...base, ...extra });
}

function pulseAt(closeness: number, support = 0): PulseResult {
  const outcome = scorePulseRecord(pulses, {
    pulseId: pulse.id,
    version: pulse.version,
    answers: {
      'pulse-closeness': closeness,
      'pulse-appreciated': 2,
      'pulse-time-together': 2,
      'pulse-affection': 2,
      'pulse-heard': 2,
      'pulse-support': support,
    },
  });
  if (!outcome.ok) throw new Error(outcome.message);
  return outcome.result;
}

function history(checkups: CheckupResult[], pulseList: PulseResult[] = []): PrivateHistory {
  return { checkups, pulses: pulseList };
}

describe('every safety item routes to safety resources, never to couple exercises', () => {
  it.each(
    checkup.safety.items.filter((item) => item.route === 'safety').map((item) => [item.id, item] as const),
  )('%s', (_id, item) => {
    const routes = privateRoutes(history([checkupWith({ [item.id]: item.triggerAt })]));
    expect(routes).toEqual(['safety']);
    const [advice] = supportAdvice(checkup, safetyResources, routes);
    expect(advice?.route).toBe('safety');
    expect(advice?.showQuickExit).toBe(true);
    expect(advice?.pauseCoupleFeatures).toBe(true);
    expect(advice?.resources.map((resource) => resource.id)).toEqual(checkup.routing.safety.resourceIds);
    expect(coupleFeaturesPaused(checkup, routes)).toBe(true);
  });
});

describe('distress signs lead to a support recommendation', () => {
  it.each(
    checkup.safety.items.filter((item) => item.route === 'support').map((item) => [item.id, item] as const),
  )('%s at its threshold recommends support; just below it does not', (_id, item) => {
    expect(privateRoutes(history([checkupWith({ [item.id]: item.triggerAt })]))).toEqual(['support']);
    expect(privateRoutes(history([checkupWith({ [item.id]: item.triggerAt - 1 })]))).toEqual([]);
    const [advice] = supportAdvice(checkup, safetyResources, ['support']);
    expect(advice).toMatchObject({ route: 'support', pauseCoupleFeatures: false, showQuickExit: false });
    expect(advice?.resources.map((resource) => resource.id)).toEqual(checkup.routing.support.resourceIds);
    expect(coupleFeaturesPaused(checkup, ['support'])).toBe(false);
  });

  it.each([
    ['nothing worrying', history([checkupWith()], [pulseAt(5)]), []],
    ['one low check-up', history([checkupWith({}, lowAnswers)]), []],
    [
      'two low check-ups in a row',
      history([checkupWith({}, lowAnswers), checkupWith({}, lowAnswers)]),
      ['persistent-low-scores'],
    ],
    ['low, then better', history([checkupWith({}, lowAnswers), checkupWith()]), []],
    ['two low pulses', history([], [pulseAt(2), pulseAt(1)]), []],
    [
      'three low pulses in a row',
      history([], [pulseAt(2), pulseAt(1), pulseAt(2)]),
      ['persistent-low-closeness'],
    ],
    ['three pulses, the latest better', history([], [pulseAt(1), pulseAt(1), pulseAt(3)]), []],
    ['asking for support in the pulse', history([], [pulseAt(6, 1)]), ['distress-answer']],
    [
      'a distress answer in the latest check-up',
      history([checkupWith({ 'cu-support-02': 4 })]),
      ['distress-answer'],
    ],
    [
      'a distress answer in an older check-up only',
      history([checkupWith({ 'cu-support-02': 4 }), checkupWith()]),
      [],
    ],
  ] as const)('%s', (_name, input, signs) => {
    expect(distressSigns(input)).toEqual(signs);
    expect(privateRoutes(input)).toEqual(signs.length > 0 ? ['support'] : []);
  });

  it('safety comes first when both apply', () => {
    const routes = privateRoutes(history([checkupWith({ 'cu-safety-01': 2, 'cu-support-02': 4 })]));
    expect(routes).toEqual(['safety', 'support']);
    expect(supportAdvice(checkup, safetyResources, routes).map((advice) => advice.route)).toEqual([
      'safety',
      'support',
    ]);
  });

  it('every resource the routing names exists and is meant for that route', () => {
    for (const route of ['safety', 'support'] as const) {
      const [advice] = supportAdvice(checkup, safetyResources, [route]);
      expect(advice?.resources.length).toBe(checkup.routing[route].resourceIds.length);
      for (const resource of advice?.resources ?? []) expect(resource.routes).toContain(route);
    }
  });
});
