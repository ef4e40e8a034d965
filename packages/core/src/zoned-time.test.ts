import { describe, expect, it } from 'vitest';
import { addDays } from './local-date';
import {
  isTimeZone,
  localDate,
  wallClock,
  zoneOffsetMs,
  zonedTimeOccurrences,
  zonedTimeToInstant,
} from './zoned-time';

const zones = [
  'UTC',
  'Europe/Berlin',
  'Europe/London',
  'America/New_York',
  'Australia/Sydney',
  'Asia/Kolkata',
  'Pacific/Chatham',
];

describe('wall-clock time to instant', () => {
  it.each([
    // Ordinary days: the zone's offset of the season.
    ['2026-01-15', '08:00', 'UTC', '2026-01-15T08:00:00.000Z'],
    ['2026-01-15', '08:00', 'America/New_York', '2026-01-15T13:00:00.000Z'],
    ['2026-07-01', '08:00', 'America/New_York', '2026-07-01T12:00:00.000Z'],
    ['2026-07-01', '08:00', 'Europe/London', '2026-07-01T07:00:00.000Z'],
    ['2026-01-15', '08:00', 'Australia/Sydney', '2026-01-14T21:00:00.000Z'],
    ['2026-07-01', '08:00', 'Australia/Sydney', '2026-06-30T22:00:00.000Z'],
    ['2026-06-01', '08:00', 'Asia/Kolkata', '2026-06-01T02:30:00.000Z'],
    ['2026-06-01', '08:00', 'Pacific/Chatham', '2026-05-31T19:15:00.000Z'],
    ['2026-01-15', '08:00', 'Pacific/Chatham', '2026-01-14T18:15:00.000Z'],
    ['2026-12-31', '23:59', 'UTC', '2026-12-31T23:59:00.000Z'],
    // The day the clocks change, at a time that exists once: still that time on the wall.
    ['2026-03-29', '08:00', 'Europe/Berlin', '2026-03-29T06:00:00.000Z'],
    ['2026-10-25', '08:00', 'Europe/Berlin', '2026-10-25T07:00:00.000Z'],
    ['2026-03-08', '08:00', 'America/New_York', '2026-03-08T12:00:00.000Z'],
    ['2026-11-01', '08:00', 'America/New_York', '2026-11-01T13:00:00.000Z'],
    ['2026-04-05', '08:00', 'Australia/Sydney', '2026-04-04T22:00:00.000Z'],
    ['2026-10-04', '08:00', 'Australia/Sydney', '2026-10-03T21:00:00.000Z'],
  ])('%s %s in %s is %s', (date, time, zone, expected) => {
    expect(zonedTimeToInstant(date, time, zone).toISOString()).toBe(expected);
  });

  it.each([
    ['2026-03-29', '02:30', 'Europe/Berlin', '2026-03-29T01:30:00.000Z', '03:30'],
    ['2026-03-29', '02:00', 'Europe/Berlin', '2026-03-29T01:00:00.000Z', '03:00'],
    ['2026-03-29', '01:30', 'Europe/London', '2026-03-29T01:30:00.000Z', '02:30'],
    ['2026-03-08', '02:30', 'America/New_York', '2026-03-08T07:30:00.000Z', '03:30'],
    ['2026-10-04', '02:30', 'Australia/Sydney', '2026-10-03T16:30:00.000Z', '03:30'],
    ['2026-09-27', '02:45', 'Pacific/Chatham', '2026-09-26T14:00:00.000Z', '03:45'],
  ])(
    '%s %s in %s never happens (clocks spring forward), so it moves forward to %s = %s local',
    (date, time, zone, expected, wall) => {
      expect(zonedTimeOccurrences(date, time, zone)).toEqual([]);
      const instant = zonedTimeToInstant(date, time, zone);
      expect(instant.toISOString()).toBe(expected);
      expect(wallClock(instant, zone)).toMatchObject({ date, time: wall });
    },
  );

  it.each([
    ['2026-10-25', '02:30', 'Europe/Berlin', '2026-10-25T00:30:00.000Z', '2026-10-25T01:30:00.000Z'],
    ['2026-10-25', '01:30', 'Europe/London', '2026-10-25T00:30:00.000Z', '2026-10-25T01:30:00.000Z'],
    ['2026-11-01', '01:30', 'America/New_York', '2026-11-01T05:30:00.000Z', '2026-11-01T06:30:00.000Z'],
    ['2026-04-05', '02:30', 'Australia/Sydney', '2026-04-04T15:30:00.000Z', '2026-04-04T16:30:00.000Z'],
    ['2026-04-05', '02:45', 'Pacific/Chatham', '2026-04-04T13:00:00.000Z', '2026-04-04T14:00:00.000Z'],
  ])(
    '%s %s in %s happens twice (clocks fall back); the first occurrence %s is used',
    (date, time, zone, first, second) => {
      expect(zonedTimeOccurrences(date, time, zone).map((instant) => instant.toISOString())).toEqual([
        first,
        second,
      ]);
      expect(zonedTimeToInstant(date, time, zone).toISOString()).toBe(first);
    },
  );

  it.each(zones)(
    'in %s, every day of 2026 at several times reads back as the same date and time (or later, in a gap)',
    (zone) => {
      for (let date = '2026-01-01'; date <= '2026-12-31'; date = addDays(date, 1)) {
        for (const time of ['00:00', '02:30', '08:00', '23:59']) {
          const clock = wallClock(zonedTimeToInstant(date, time, zone), zone);
          expect(clock.date).toBe(date);
          expect(clock.time >= time).toBe(true);
          if (zonedTimeOccurrences(date, time, zone).length > 0) expect(clock.time).toBe(time);
        }
      }
    },
  );

  it('refuses an impossible date or time instead of guessing', () => {
    expect(() => zonedTimeToInstant('2026-02-30', '08:00', 'UTC')).toThrow(RangeError);
    expect(() => zonedTimeToInstant('2026-02-10', '24:00', 'UTC')).toThrow(RangeError);
    expect(() => zonedTimeToInstant('2026-02-10', '08:00', 'Nowhere/Special')).toThrow(RangeError);
  });
});

describe('instant to local date', () => {
  it.each([
    ['2026-01-01T04:59:00Z', 'America/New_York', '2025-12-31'],
    ['2026-01-01T05:00:00Z', 'America/New_York', '2026-01-01'],
    ['2026-06-01T18:29:59Z', 'Asia/Kolkata', '2026-06-01'],
    ['2026-06-01T18:30:00Z', 'Asia/Kolkata', '2026-06-02'],
    ['2026-06-01T11:14:59Z', 'Pacific/Chatham', '2026-06-01'],
    ['2026-06-01T11:15:00Z', 'Pacific/Chatham', '2026-06-02'],
    ['2026-01-01T12:59:00Z', 'Australia/Sydney', '2026-01-01'],
    ['2026-01-01T13:00:00Z', 'Australia/Sydney', '2026-01-02'],
    ['2026-07-01T23:30:00Z', 'Europe/London', '2026-07-02'],
    ['2026-07-01T23:30:00Z', 'UTC', '2026-07-01'],
  ])('%s in %s is the local date %s', (instant, zone, expected) => {
    expect(localDate(new Date(instant), zone)).toBe(expected);
  });

  it.each([
    ['2026-03-29T00:59:00Z', 'Europe/Berlin', 60],
    ['2026-03-29T01:00:00Z', 'Europe/Berlin', 120],
    ['2026-06-01T00:00:00Z', 'Asia/Kolkata', 330],
    ['2026-06-01T00:00:00Z', 'Pacific/Chatham', 765],
    ['2026-01-01T00:00:00Z', 'Pacific/Chatham', 825],
    ['2026-01-01T00:00:00Z', 'America/New_York', -300],
  ])('at %s the offset of %s is %i minutes', (instant, zone, minutes) => {
    expect(zoneOffsetMs(new Date(instant), zone)).toBe(minutes * 60_000);
  });

  it('reads the wall clock with seconds as a fraction of a minute', () => {
    expect(wallClock(new Date('2026-06-01T06:59:30Z'), 'UTC')).toEqual({
      date: '2026-06-01',
      time: '06:59',
      minutes: 419.5,
    });
  });

  it('refuses an invalid Date', () => {
    expect(() => localDate(new Date('nonsense'), 'UTC')).toThrow(RangeError);
  });
});

describe('time-zone names', () => {
  it.each([
    ['UTC', true],
    ['Europe/Berlin', true],
    ['America/Argentina/Buenos_Aires', true],
    ['Pacific/Chatham', true],
    ['Etc/GMT+5', true],
    ['Mars/Olympus_Mons', false],
    ['+01:00', false],
    ['Europe/Berlin ', false],
    ['', false],
    [3600, false],
  ])('isTimeZone(%j) is %s', (value, expected) => {
    expect(isTimeZone(value)).toBe(expected);
  });
});
