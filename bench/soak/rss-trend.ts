import { round } from '../lib/stats';

export interface RssSample {
  /** Seconds since the load started. */
  atS: number;
  rssMb: number;
}

export interface RssTrend {
  /** First sample under load: RSS jumps when load begins (pools, JIT, caches), so idle is not the baseline. */
  startMb: number;
  endMb: number;
  maxMb: number;
  /** Least-squares slope over every sample under load, MB per minute. */
  slopeMbPerMin: number;
  /** The same over the second half only: warm-up growth is over by then, a leak is not. */
  secondHalfSlopeMbPerMin: number;
}

/**
 * "Flat": the second half grows by no more than this. A leak of 1 KB per request at a few hundred
 * requests a second is well above it. RSS moves in a garbage-collection sawtooth tens of MB high,
 * so only a run of JUDGE_AFTER_MIN or longer has enough of it for a slope to mean anything.
 */
export const FLAT_SLOPE_MB_PER_MIN = 2;
export const JUDGE_AFTER_MIN = 5;

export function rssTrend(samples: RssSample[]): RssTrend {
  if (samples.length === 0) throw new Error('no RSS samples');
  const last = samples[samples.length - 1]!;
  const secondHalf = samples.filter((sample) => sample.atS >= last.atS / 2);
  return {
    startMb: samples[0]!.rssMb,
    endMb: last.rssMb,
    maxMb: Math.max(...samples.map((sample) => sample.rssMb)),
    slopeMbPerMin: slopePerMinute(samples),
    secondHalfSlopeMbPerMin: slopePerMinute(secondHalf),
  };
}

function slopePerMinute(samples: RssSample[]): number {
  if (samples.length < 2) return 0;
  const n = samples.length;
  const meanT = samples.reduce((sum, s) => sum + s.atS, 0) / n;
  const meanR = samples.reduce((sum, s) => sum + s.rssMb, 0) / n;
  let covariance = 0;
  let variance = 0;
  for (const s of samples) {
    covariance += (s.atS - meanT) * (s.rssMb - meanR);
    variance += (s.atS - meanT) ** 2;
  }
  return variance === 0 ? 0 : round((covariance / variance) * 60, 2);
}
