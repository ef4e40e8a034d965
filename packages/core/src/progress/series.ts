/**
 * Chart series from decrypted records: the pulse's closeness by week, check-up scores by part and
 * check-in moods by day, one line per partner. Plain arrays in, plain arrays out; the chart code
 * draws them and the text alternatives read them.
 */
import type { CheckupDimension } from '@hearth/content';
import { startOfIsoWeek } from '../iso-week';
import type { LocalDate } from '../local-date';
import type { Mood } from '../practice-validation';

export interface SeriesPoint {
  date: LocalDate;
  value: number;
}

/** One partner's line. */
export interface PartnerSeries {
  partner: string;
  points: SeriesPoint[];
}

/** One partner's line for one check-up part. */
export interface DimensionSeries extends PartnerSeries {
  dimension: CheckupDimension;
}

export interface PulseEntry {
  partner: string;
  date: LocalDate;
  /** The closeness picture, 1 (apart) to 7 (almost one). */
  closeness: number;
}

export interface CheckupEntry {
  partner: string;
  date: LocalDate;
  dimensions: readonly { dimension: CheckupDimension; score: number | null }[];
}

export interface CheckinEntry {
  partner: string;
  date: LocalDate;
  mood: Mood;
}

/** Points keyed by date; a later entry for the same date replaces an earlier one. */
function byPartner<T extends { partner: string }>(
  entries: readonly T[],
  point: (entry: T) => SeriesPoint | null,
): PartnerSeries[] {
  const lines = new Map<string, Map<LocalDate, number>>();
  for (const entry of entries) {
    const found = point(entry);
    if (!found) continue;
    const line = lines.get(entry.partner) ?? new Map<LocalDate, number>();
    line.set(found.date, found.value);
    lines.set(entry.partner, line);
  }
  return [...lines]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([partner, line]) => ({
      partner,
      points: [...line]
        .map(([date, value]) => ({ date, value }))
        .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)),
    }));
}

function sortedByDate<T extends { date: LocalDate }>(entries: readonly T[]): T[] {
  // Stable sort: entries of the same date keep their order, so the last one written wins.
  return [...entries].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/** Closeness over time: one point per partner per week (the Monday), the week's latest pulse. */
export function pulseClosenessSeries(entries: readonly PulseEntry[]): PartnerSeries[] {
  return byPartner(sortedByDate(entries), (entry) => ({
    date: startOfIsoWeek(entry.date),
    value: entry.closeness,
  }));
}

/** Check-up scores over time, per partner and part; parts without a score are left out. */
export function checkupScoreSeries(entries: readonly CheckupEntry[]): DimensionSeries[] {
  const dimensions = [
    ...new Set(entries.flatMap((entry) => entry.dimensions.map((score) => score.dimension))),
  ];
  return dimensions.flatMap((dimension) =>
    byPartner(sortedByDate(entries), (entry) => {
      const score = entry.dimensions.find((candidate) => candidate.dimension === dimension)?.score;
      return score === null || score === undefined ? null : { date: entry.date, value: score };
    }).map((line) => ({ ...line, dimension })),
  );
}

/** Check-in moods per day between `from` and `to` (inclusive), per partner; days without one have no point. */
export function moodSeries(
  entries: readonly CheckinEntry[],
  from: LocalDate,
  to: LocalDate,
): PartnerSeries[] {
  return byPartner(entries, (entry) =>
    entry.date >= from && entry.date <= to ? { date: entry.date, value: entry.mood } : null,
  );
}
