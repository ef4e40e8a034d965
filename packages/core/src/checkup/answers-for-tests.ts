// Answer sets for tests: built from the instrument so they follow its items and reverse keying.
import type { CheckupInstrument } from '@hearth/content';

type ScoredItem = CheckupInstrument['items'][number];

/** Answers every dimension item with `value` as given (before reverse keying). */
export function answerAll(
  instrument: CheckupInstrument,
  value: (item: ScoredItem) => number,
): Record<string, number> {
  return Object.fromEntries(instrument.items.map((item) => [item.id, value(item)]));
}

/** Answers so that every dimension lands on the same keyed value (0-4). */
export function keyedAnswers(
  instrument: CheckupInstrument,
  keyed: (dimension: string) => number,
): Record<string, number> {
  return answerAll(instrument, (item) => (item.reverse ? 4 - keyed(item.dimension) : keyed(item.dimension)));
}
