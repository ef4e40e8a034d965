/** Days connected per week (the kind streak), for every week of a range: a bar per week. */
import { startOfIsoWeek } from '../iso-week';
import { addDays, type LocalDate } from '../local-date';
import { daysConnectedThisWeek, type DaysConnected, type SharedMoment } from '../kind-streak';

export interface ConnectedWeek extends DaysConnected {
  /** The Monday of the week. */
  weekStart: LocalDate;
}

/** Each ISO week from the one holding `from` to the one holding `to`, with its days connected. */
export function daysConnectedPerWeek(
  practiceDates: readonly SharedMoment[],
  from: LocalDate,
  to: LocalDate,
): ConnectedWeek[] {
  const first = startOfIsoWeek(from);
  const last = startOfIsoWeek(to);
  const byWeek = new Map<LocalDate, SharedMoment[]>();
  for (const event of practiceDates) {
    const week = startOfIsoWeek(event.date);
    if (week < first || week > last) continue;
    const list = byWeek.get(week);
    if (list) list.push(event);
    else byWeek.set(week, [event]);
  }
  const weeks: ConnectedWeek[] = [];
  for (let weekStart = first; weekStart <= last; weekStart = addDays(weekStart, 7))
    weeks.push({ weekStart, ...daysConnectedThisWeek(byWeek.get(weekStart) ?? [], weekStart) });
  return weeks;
}
