/**
 * Text alternatives for charts: one plain sentence per line, so a screen reader (or anyone who
 * prefers words) hears what the chart shows.
 */
import type { SeriesPoint } from './series';

/**
 * e.g. "Closeness: 3 on 5 January, 5 on 9 February (6 readings), up by 2." `formatDay` writes a
 * date the way the person reads dates (the screen passes its own; ISO dates otherwise).
 */
export function describeTrend(
  label: string,
  points: readonly SeriesPoint[],
  formatDay: (date: string) => string = (date) => date,
): string {
  const first = points[0];
  const last = points[points.length - 1];
  if (!first || !last) return `${label}: nothing recorded yet.`;
  if (points.length === 1)
    return `${label}: ${first.value} on ${formatDay(first.date)} (one reading so far).`;
  const change = last.value - first.value;
  const direction = change > 0 ? `up by ${change}` : change < 0 ? `down by ${-change}` : 'about the same';
  return `${label}: ${first.value} on ${formatDay(first.date)}, ${last.value} on ${formatDay(last.date)} (${points.length} readings), ${direction}.`;
}
