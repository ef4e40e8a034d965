// The kind streak: the days of this week on which we did something together, as seven dots.
// No counter of missed days and nothing that "breaks": an empty dot is just a day.
import { daysConnectedThisWeek, startOfIsoWeek, weekDates, type SharedMoment } from '@hearth/core';

const weekday = new Intl.DateTimeFormat(undefined, { weekday: 'long', timeZone: 'UTC' });
const weekdayShort = new Intl.DateTimeFormat(undefined, { weekday: 'narrow', timeZone: 'UTC' });

function dayName(date: string, format: Intl.DateTimeFormat): string {
  return format.format(new Date(`${date}T12:00:00Z`));
}

export function ConnectedWeek({ events, today }: { events: SharedMoment[]; today: string }) {
  const weekStart = startOfIsoWeek(today);
  const { days, count } = daysConnectedThisWeek(events, weekStart);
  const connected = new Set(days);
  return (
    <section className="card card-quiet" aria-labelledby="week-title">
      <h2 id="week-title" className="card-title">
        This week together
      </h2>
      <ol className="week-dots" aria-label="Days this week">
        {weekDates(weekStart).map((date) => {
          const on = connected.has(date);
          const label = `${dayName(date, weekday)}${on ? ': together' : ''}${date === today ? ' (today)' : ''}`;
          return (
            <li key={date} className={`week-day${on ? ' is-on' : ''}${date === today ? ' is-today' : ''}`}>
              <span className="week-dot" aria-hidden="true" />
              <span className="week-letter" aria-hidden="true">
                {dayName(date, weekdayShort)}
              </span>
              <span className="visually-hidden">{label}</span>
            </li>
          );
        })}
      </ol>
      <p className="muted week-line">
        {count === 0
          ? 'A new week. A dot fills on a day you both do something, or do one thing together.'
          : `${count} ${count === 1 ? 'day' : 'days'} together so far this week — days you both did something, or did one thing together.`}
      </p>
    </section>
  );
}
