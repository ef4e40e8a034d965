/**
 * Answer scales of the check-up and the pulse: every scale is a run of consecutive integers, so a
 * valid answer is a whole number between the first and the last option.
 */
import type { AnswerScale } from '@hearth/content';

export interface ScaleRange {
  min: number;
  max: number;
}

/** The lowest and highest value of a scale, or undefined when the scale is not in the list. */
export function scaleRange(scales: readonly AnswerScale[], scaleId: string): ScaleRange | undefined {
  const scale = scales.find((candidate) => candidate.id === scaleId);
  const first = scale?.options[0];
  const last = scale?.options[scale.options.length - 1];
  return first && last ? { min: first.value, max: last.value } : undefined;
}

/** A whole number inside the range; anything else (a fraction, text, a stray value) is not an answer. */
export function isValidAnswer(value: unknown, range: ScaleRange | undefined): value is number {
  return (
    typeof value === 'number' &&
    range !== undefined &&
    Number.isInteger(value) &&
    value >= range.min &&
    value <= range.max
  );
}
