/**
 * Many instants to local dates, fast: reading a year of records on Today asks for thousands, and
 * each `localDate` is an Intl call. Within one UTC day a zone's offset almost never changes, so
 * the offset is looked up once per UTC day (at its start and end); only on a day when the two
 * differ (a clock change) does each instant get the exact, slower answer.
 */
import { localDateFromDayNumber, type LocalDate } from './local-date';
import { localDate, zoneOffsetMs, type TimeZone } from './zoned-time';

const msPerDay = 86_400_000;

export type LocalDater = (instantMs: number) => LocalDate;

export function localDater(timeZone: TimeZone): LocalDater {
  // UTC day number → the offset that holds all day, or null on a day the clocks change.
  const steadyOffset = new Map<number, number | null>();
  return (instantMs) => {
    const utcDay = Math.floor(instantMs / msPerDay);
    let offset = steadyOffset.get(utcDay);
    if (offset === undefined) {
      const atStart = zoneOffsetMs(new Date(utcDay * msPerDay), timeZone);
      const atEnd = zoneOffsetMs(new Date((utcDay + 1) * msPerDay - 1000), timeZone);
      offset = atStart === atEnd ? atStart : null;
      steadyOffset.set(utcDay, offset);
    }
    if (offset === null) return localDate(new Date(instantMs), timeZone);
    return localDateFromDayNumber(Math.floor((instantMs + offset) / msPerDay));
  };
}
