// The kinds of non-sexual touch a couple can log, in plain words.
import type { TouchKind } from '../../lib/record-payloads';

export const touchLabels: Record<TouchKind, string> = {
  hug: 'Hug',
  hands: 'Holding hands',
  kiss: 'Kiss',
  'back-rub': 'Back rub',
  cuddle: 'Cuddle',
  passing: 'A touch in passing',
};

/** "3 of 6 touches today": the ring's text alternative. */
export function touchSummary(count: number, goal: number): string {
  return `${count} of ${goal} touch${goal === 1 ? '' : 'es'} today`;
}
