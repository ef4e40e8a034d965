import { describe, expect, it } from 'vitest';
import type { QuietHours } from './quiet-hours';
import { nextReminderAt, type ReminderScheduleInput } from './reminder-schedule';
import { addDays } from './local-date';
import { wallClock, zonedTimeToInstant } from './zoned-time';

const night: QuietHours = { start: '22:00', end: '07:00' };

function next(
  time: string,
  timeZone: string,
  after: string,
  extra: Partial<ReminderScheduleInput> = {},
): string {
  return nextReminderAt({ time, timeZone, after: new Date(after), ...extra }).toISOString();
}

describe('next reminder', () => {
  it.each([
    ['08:00', 'UTC', '2026-06-01T07:00:00Z', '2026-06-01T08:00:00.000Z'],
    ['08:00', 'UTC', '2026-06-01T08:00:00Z', '2026-06-02T08:00:00.000Z'],
    ['08:00', 'UTC', '2026-06-01T07:59:59Z', '2026-06-01T08:00:00.000Z'],
    ['20:30', 'Asia/Kolkata', '2026-06-01T00:00:00Z', '2026-06-01T15:00:00.000Z'],
    ['00:15', 'Asia/Kolkata', '2026-06-01T18:40:00Z', '2026-06-01T18:45:00.000Z'],
    ['07:45', 'Pacific/Chatham', '2026-06-01T00:00:00Z', '2026-06-01T19:00:00.000Z'],
  ])('a %s reminder in %s after %s is due at %s (strictly later)', (time, zone, after, expected) => {
    expect(next(time, zone, after)).toBe(expected);
  });

  it.each([
    ['08:00', 'Europe/Berlin', '2026-03-28T12:00:00Z', '2026-03-29T06:00:00.000Z'],
    ['08:00', 'Europe/Berlin', '2026-10-24T12:00:00Z', '2026-10-25T07:00:00.000Z'],
    ['08:00', 'Europe/London', '2026-03-28T12:00:00Z', '2026-03-29T07:00:00.000Z'],
    ['08:00', 'America/New_York', '2026-03-07T14:00:00Z', '2026-03-08T12:00:00.000Z'],
    ['08:00', 'America/New_York', '2026-10-31T13:00:00Z', '2026-11-01T13:00:00.000Z'],
    ['08:00', 'Australia/Sydney', '2026-04-04T00:00:00Z', '2026-04-04T22:00:00.000Z'],
    ['08:00', 'Australia/Sydney', '2026-10-03T00:00:00Z', '2026-10-03T21:00:00.000Z'],
    ['08:00', 'Pacific/Chatham', '2026-09-26T00:00:00Z', '2026-09-26T18:15:00.000Z'],
  ])(
    'on the day the clocks change, a %s reminder in %s is still %s local (after %s → %s)',
    (time, zone, after, expected) => {
      const due = nextReminderAt({ time, timeZone: zone, after: new Date(after) });
      expect(due.toISOString()).toBe(expected);
      expect(wallClock(due, zone).time).toBe(time);
    },
  );

  it.each([
    ['02:30', 'Europe/Berlin', '2026-03-28T12:00:00Z', '2026-03-29T01:30:00.000Z'], // skipped: 03:30 CEST
    ['02:30', 'America/New_York', '2026-03-07T12:00:00Z', '2026-03-08T07:30:00.000Z'], // skipped: 03:30 EDT
    ['02:30', 'Europe/Berlin', '2026-10-24T12:00:00Z', '2026-10-25T00:30:00.000Z'], // repeated: first pass
    ['02:30', 'Europe/Berlin', '2026-10-25T00:30:00Z', '2026-10-26T01:30:00.000Z'], // not again at the second pass
  ])(
    'a %s reminder in %s that the clocks skip or repeat, after %s, is due once at %s',
    (time, zone, after, expected) => {
      expect(next(time, zone, after)).toBe(expected);
    },
  );

  it.each([
    [['2026-06-01'], '2026-06-02T09:00:00.000Z'],
    [['2026-06-01', '2026-06-02'], '2026-06-03T09:00:00.000Z'],
    [['2026-05-31'], '2026-06-01T09:00:00.000Z'],
    [['2026-06-02'], '2026-06-01T09:00:00.000Z'],
    [[], '2026-06-01T09:00:00.000Z'],
  ])('with the practice done on %j the next 09:00 reminder is %s', (doneDates, expected) => {
    expect(next('09:00', 'UTC', '2026-06-01T08:00:00Z', { doneDates })).toBe(expected);
  });

  it('done dates are local dates: done on 2 June in Kolkata skips the 00:15 IST reminder that is 1 June in UTC', () => {
    expect(next('00:15', 'Asia/Kolkata', '2026-06-01T12:00:00Z', { doneDates: ['2026-06-02'] })).toBe(
      '2026-06-02T18:45:00.000Z',
    );
  });

  it.each([
    ['06:30', night, '2026-06-01T00:00:00Z', [], '2026-06-01T07:00:00.000Z'],
    ['23:00', night, '2026-06-01T12:00:00Z', [], '2026-06-02T07:00:00.000Z'],
    ['23:00', night, '2026-06-02T07:00:00Z', [], '2026-06-03T07:00:00.000Z'],
    ['23:00', night, '2026-06-01T12:00:00Z', ['2026-06-01'], '2026-06-03T07:00:00.000Z'],
    ['14:00', { start: '13:00', end: '15:00' }, '2026-06-01T00:00:00Z', [], '2026-06-01T15:00:00.000Z'],
    ['08:00', night, '2026-06-01T00:00:00Z', [], '2026-06-01T08:00:00.000Z'],
    ['22:00', null, '2026-06-01T00:00:00Z', [], '2026-06-01T22:00:00.000Z'],
  ])(
    'a %s reminder with quiet hours %j after %s (done %j) waits for the end of the window: %s',
    (time, quietHours, after, doneDates, expected) => {
      expect(next(time, 'UTC', after, { quietHours, doneDates })).toBe(expected);
    },
  );

  it.each([
    ['06:30', 'Europe/Berlin', '2026-03-28T12:00:00Z', '2026-03-29T05:00:00.000Z'], // 07:00 CEST
    ['06:30', 'Europe/Berlin', '2026-10-24T12:00:00Z', '2026-10-25T06:00:00.000Z'], // 07:00 CET
    ['06:00', 'America/New_York', '2026-10-31T18:00:00Z', '2026-11-01T12:00:00.000Z'], // 07:00 EST
  ])(
    'quiet hours end at 07:00 on the wall even the morning the clocks change (%s in %s after %s → %s)',
    (time, zone, after, expected) => {
      expect(next(time, zone, after, { quietHours: night })).toBe(expected);
    },
  );

  it.each(['Europe/Berlin', 'America/New_York', 'Australia/Sydney', 'Pacific/Chatham', 'Asia/Kolkata'])(
    'in %s, following the schedule for a year sends exactly one 08:00 reminder per local day',
    (zone) => {
      let after = zonedTimeToInstant('2025-12-31', '12:00', zone);
      let expectedDate = '2026-01-01';
      for (let day = 0; day < 366; day += 1) {
        const due = nextReminderAt({ time: '08:00', timeZone: zone, after });
        expect(due.getTime()).toBeGreaterThan(after.getTime());
        expect(wallClock(due, zone)).toMatchObject({ date: expectedDate, time: '08:00' });
        after = due;
        expectedDate = addDays(expectedDate, 1);
      }
    },
  );
});
