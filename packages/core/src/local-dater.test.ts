import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { localDater } from './local-dater';
import { localDate } from './zoned-time';

// Zones with half-hour offsets, 45-minute offsets, half-hour DST shifts and changes off the UTC hour.
const zones = [
  'UTC',
  'Europe/London',
  'America/New_York',
  'America/St_Johns',
  'Asia/Kolkata',
  'Asia/Kathmandu',
  'Australia/Lord_Howe',
  'Pacific/Chatham',
  'Pacific/Apia',
];

describe('many instants to local dates', () => {
  it('agrees with localDate for any instant in any zone', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...zones),
        fc.array(fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2030, 0, 1) }), { maxLength: 40 }),
        (zone, instants) => {
          const dateOf = localDater(zone);
          for (const ms of instants) expect(dateOf(ms)).toBe(localDate(new Date(ms), zone));
        },
      ),
      { numRuns: 300 },
    );
  });

  it.each([
    // The minutes around clock changes, where a day-wide offset would be wrong.
    ['America/St_Johns', Date.UTC(2026, 2, 8, 5, 30)],
    ['America/St_Johns', Date.UTC(2026, 10, 1, 4, 30)],
    ['Australia/Lord_Howe', Date.UTC(2026, 3, 4, 15, 0)],
    ['Europe/London', Date.UTC(2026, 2, 29, 1, 0)],
    ['Pacific/Chatham', Date.UTC(2026, 3, 4, 14, 0)],
  ])('is exact minute by minute around a clock change in %s', (zone, change) => {
    const dateOf = localDater(zone);
    for (let ms = change - 3 * 3_600_000; ms <= change + 3 * 3_600_000; ms += 60_000) {
      expect(dateOf(ms)).toBe(localDate(new Date(ms), zone));
    }
  });
});
