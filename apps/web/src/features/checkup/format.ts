// Calendar dates ('YYYY-MM-DD') in the person's language. Read at noon UTC and shown in UTC, so
// the day never shifts with the time zone.
const dayMonth = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', timeZone: 'UTC' });

export function formatDate(date: string): string {
  const d = new Date(`${date}T12:00:00Z`);
  return Number.isNaN(d.getTime()) ? date : dayMonth.format(d);
}
