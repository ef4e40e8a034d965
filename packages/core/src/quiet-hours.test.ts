import { describe, expect, it } from 'vitest';
import { isInQuietHours, isQuietMinute, quietHoursEndAfter, type QuietHours } from './quiet-hours';

const night: QuietHours = { start: '22:00', end: '07:00' };
const afternoon: QuietHours = { start: '13:00', end: '15:00' };

describe('quiet hours', () => {
  it.each([
    ['21:59', night, false],
    ['22:00', night, true],
    ['23:59', night, true],
    ['00:00', night, true],
    ['06:59', night, true],
    ['07:00', night, false],
    ['12:00', night, false],
    ['12:59', afternoon, false],
    ['13:00', afternoon, true],
    ['14:59', afternoon, true],
    ['15:00', afternoon, false],
    ['03:00', afternoon, false],
    ['08:00', { start: '08:00', end: '08:00' }, false],
    ['08:00', null, false],
  ])(
    'at %s the window %j is quiet: %s (start included, end excluded, over midnight allowed)',
    (time, window, expected) => {
      expect(isInQuietHours(new Date(`2026-06-01T${time}:00Z`), 'UTC', window)).toBe(expected);
    },
  );

  it('a window with no quiet hours set is never quiet, at any minute', () => {
    for (let minute = 0; minute < 1440; minute += 1) expect(isQuietMinute(minute, null)).toBe(false);
  });

  it('counts seconds: 06:59:30 is still quiet in a window ending 07:00', () => {
    expect(isInQuietHours(new Date('2026-06-01T06:59:30Z'), 'UTC', night)).toBe(true);
  });

  it.each([
    // Judged by the partner's wall clock, not by UTC.
    ['2026-06-01T21:00:00Z', 'Europe/Berlin', true], // 23:00 CEST
    ['2026-06-01T21:00:00Z', 'America/New_York', false], // 17:00 EDT
    ['2026-06-01T01:00:00Z', 'Asia/Kolkata', true], // 06:30 IST
    ['2026-06-01T01:30:00Z', 'Asia/Kolkata', false], // 07:00 IST
    ['2026-06-01T18:14:00Z', 'Pacific/Chatham', true], // 06:59 at +12:45
    ['2026-06-01T18:15:00Z', 'Pacific/Chatham', false], // 07:00 at +12:45
  ])('at %s in %s the night window is quiet: %s', (instant, zone, expected) => {
    expect(isInQuietHours(new Date(instant), zone, night)).toBe(expected);
  });

  it.each([
    // The night the clocks change, the window still runs 22:00–07:00 on the wall.
    ['2026-03-29T04:59:00Z', 'Europe/Berlin', true], // 06:59 CEST
    ['2026-03-29T05:00:00Z', 'Europe/Berlin', false], // 07:00 CEST
    ['2026-10-25T05:59:00Z', 'Europe/Berlin', true], // 06:59 CET
    ['2026-10-25T06:00:00Z', 'Europe/Berlin', false], // 07:00 CET
    ['2026-04-04T20:59:00Z', 'Australia/Sydney', true], // 06:59 AEST, the morning after DST ends
    ['2026-04-04T21:00:00Z', 'Australia/Sydney', false], // 07:00 AEST
  ])('across a DST change, at %s in %s quiet is %s', (instant, zone, expected) => {
    expect(isInQuietHours(new Date(instant), zone, night)).toBe(expected);
  });
});

describe('end of the quiet window', () => {
  it.each([
    ['2026-06-01T23:30:00Z', 'UTC', night, '2026-06-02T07:00:00.000Z'],
    ['2026-06-01T03:00:00Z', 'UTC', night, '2026-06-01T07:00:00.000Z'],
    ['2026-06-01T13:30:00Z', 'UTC', afternoon, '2026-06-01T15:00:00.000Z'],
    ['2026-03-28T22:30:00Z', 'Europe/Berlin', night, '2026-03-29T05:00:00.000Z'],
    ['2026-10-24T22:30:00Z', 'Europe/Berlin', night, '2026-10-25T06:00:00.000Z'],
    ['2026-04-04T12:00:00Z', 'Australia/Sydney', night, '2026-04-04T21:00:00.000Z'],
  ])('quiet at %s in %s ends at %s', (instant, zone, window, expected) => {
    expect(quietHoursEndAfter(new Date(instant), zone, window).toISOString()).toBe(expected);
  });

  it('an instant that is not quiet is returned unchanged', () => {
    const instant = new Date('2026-06-01T12:00:00Z');
    expect(quietHoursEndAfter(instant, 'UTC', night)).toBe(instant);
    expect(quietHoursEndAfter(instant, 'UTC', null)).toBe(instant);
  });

  it('in a repeated hour, quiet ends at the next 01:30 on the wall, not a day later', () => {
    // New York falls back at 02:00 EDT → 01:00 EST; 06:10Z is 01:10 EST, the second pass.
    const window: QuietHours = { start: '00:00', end: '01:30' };
    expect(
      quietHoursEndAfter(new Date('2026-11-01T06:10:00Z'), 'America/New_York', window).toISOString(),
    ).toBe('2026-11-01T06:30:00.000Z');
  });
});
