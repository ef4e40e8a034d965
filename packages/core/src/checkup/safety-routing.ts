/**
 * Support and safety routing. Signs of distress lead to a kind recommendation of professional
 * support; signs of fear or abuse lead to safety resources and the quick exit, and set couple
 * exercises aside. Everything here is private to the person it is about: none of it is ever
 * part of a couple summary or a shared pulse.
 */
import type { CheckupInstrument, LocalizedText, SafetyResource, SafetyResources } from '@hearth/content';
import type { CheckupResult, SupportRoute } from './checkup-scoring';
import type { PulseResult } from './pulse-scoring';

export type DistressSign =
  /** An answer to a distress question at or above its threshold (check-up or pulse). */
  | 'distress-answer'
  /** Two check-ups in a row with at least half of the scored parts needing care. */
  | 'persistent-low-scores'
  /** Three pulses in a row at closeness 1 or 2. */
  | 'persistent-low-closeness';

export interface SupportAdvice {
  route: SupportRoute;
  message: LocalizedText;
  resources: SafetyResource[];
  /** Safety: stop suggesting couple exercises and sharing prompts until the person chooses otherwise. */
  pauseCoupleFeatures: boolean;
  /** Safety: keep the quick-exit button in reach on every screen that shows this advice. */
  showQuickExit: boolean;
}

export interface PrivateHistory {
  /** This person's own check-up results, oldest first. */
  checkups: readonly CheckupResult[];
  /** This person's own pulses, oldest first. */
  pulses: readonly PulseResult[];
}

const lowClosenessAtMost = 2;
const lowClosenessPulsesInARow = 3;
const lowScoreCheckupsInARow = 2;

function mostlyNeedsCare(result: CheckupResult): boolean {
  const scored = result.dimensions.filter((dimension) => dimension.band !== null);
  const low = scored.filter((dimension) => dimension.band === 'needs-care');
  return scored.length > 0 && low.length * 2 >= scored.length;
}

function lastN<T>(items: readonly T[], n: number): readonly T[] | null {
  return items.length >= n ? items.slice(-n) : null;
}

/** The signs of distress in one person's own history, each at most once. */
export function distressSigns(history: PrivateHistory): DistressSign[] {
  const signs: DistressSign[] = [];
  const latestCheckup = history.checkups[history.checkups.length - 1];
  const latestPulse = history.pulses[history.pulses.length - 1];
  if (latestCheckup?.routes.includes('support') || latestPulse?.routes.includes('support'))
    signs.push('distress-answer');
  if (lastN(history.checkups, lowScoreCheckupsInARow)?.every(mostlyNeedsCare))
    signs.push('persistent-low-scores');
  if (
    lastN(history.pulses, lowClosenessPulsesInARow)?.every((pulse) => pulse.closeness <= lowClosenessAtMost)
  )
    signs.push('persistent-low-closeness');
  return signs;
}

/**
 * Where this person should be pointed now, safety first. Safety comes only from their latest
 * answers; support from any sign of distress.
 */
export function privateRoutes(history: PrivateHistory): SupportRoute[] {
  const latestCheckup = history.checkups[history.checkups.length - 1];
  const latestPulse = history.pulses[history.pulses.length - 1];
  const routes: SupportRoute[] = [];
  if (latestCheckup?.routes.includes('safety') || latestPulse?.routes.includes('safety'))
    routes.push('safety');
  if (distressSigns(history).length > 0) routes.push('support');
  return routes;
}

/** The advice for each route, safety first, with the resources the instrument names for it. */
export function supportAdvice(
  instrument: CheckupInstrument,
  resources: SafetyResources,
  routes: readonly SupportRoute[],
): SupportAdvice[] {
  const byId = new Map(resources.resources.map((resource) => [resource.id, resource]));
  return (['safety', 'support'] as const)
    .filter((route) => routes.includes(route))
    .map((route) => {
      const routing = instrument.routing[route];
      return {
        route,
        message: routing.message,
        resources: routing.resourceIds
          .map((id) => byId.get(id))
          .filter((resource): resource is SafetyResource => resource?.routes.includes(route) ?? false),
        pauseCoupleFeatures: routing.pauseCoupleFeatures,
        showQuickExit: route === 'safety',
      };
    });
}

/** Whether couple exercises and the plan are set aside for this person (the safety route does this). */
export function coupleFeaturesPaused(
  instrument: CheckupInstrument,
  routes: readonly SupportRoute[],
): boolean {
  return routes.some((route) => instrument.routing[route].pauseCoupleFeatures);
}
