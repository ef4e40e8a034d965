// The together view: where the two of us see a part alike, and where not. A gap is a difference
// of at least a quarter of the scale; the biggest gaps get a suggested conversation.
import type { CheckupDimension, CheckupInstrument } from '@hearth/content';
import type { CoupleSummary } from '@hearth/core';

export const gapAtLeast = 25;
const conversationsShown = 2;

export interface PartComparison {
  dimension: CheckupDimension;
  title: string;
  mine: number | null;
  theirs: number | null;
  /** Both scored and within a quarter of the scale of each other. */
  alike: boolean;
  /** Absolute difference, or null when one of us has no score for it. */
  gap: number | null;
}

export interface Comparison {
  parts: PartComparison[];
  /** The parts to talk about first: the largest gaps, at most two. */
  talkAbout: PartComparison[];
}

export function compareSummaries(
  instrument: CheckupInstrument,
  mine: CoupleSummary,
  theirs: CoupleSummary,
): Comparison {
  const scoreIn = (summary: CoupleSummary, dimension: CheckupDimension) =>
    summary.dimensions.find((entry) => entry.dimension === dimension)?.score ?? null;
  const parts = instrument.dimensions.map((dimension) => {
    const a = scoreIn(mine, dimension.id);
    const b = scoreIn(theirs, dimension.id);
    const gap = a === null || b === null ? null : Math.abs(a - b);
    return {
      dimension: dimension.id,
      title: dimension.title.en,
      mine: a,
      theirs: b,
      gap,
      alike: gap !== null && gap < gapAtLeast,
    };
  });
  const talkAbout = parts
    .filter((part) => part.gap !== null && part.gap >= gapAtLeast)
    .sort((a, b) => (b.gap ?? 0) - (a.gap ?? 0))
    .slice(0, conversationsShown);
  return { parts, talkAbout };
}
