/** Touches per day against the daily goal of six, for every day of a range (quiet days show 0). */
import { addDays, daysBetween, type LocalDate } from '../local-date';
import { touchProgress, type TouchProgress } from '../touch-progress';

export interface TouchDay extends TouchProgress {
  date: LocalDate;
}

export function touchesPerDay(
  touches: readonly { date: LocalDate }[],
  from: LocalDate,
  to: LocalDate,
): TouchDay[] {
  const days = daysBetween(from, to) + 1;
  if (days <= 0) return [];
  const byDate = new Map<LocalDate, { date: LocalDate }[]>();
  for (const touch of touches) {
    const list = byDate.get(touch.date);
    if (list) list.push(touch);
    else byDate.set(touch.date, [touch]);
  }
  return Array.from({ length: days }, (_, index) => {
    const date = addDays(from, index);
    return { date, ...touchProgress(byDate.get(date) ?? [], date) };
  });
}
