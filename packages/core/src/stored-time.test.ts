import { describe, expect, it } from 'vitest';
import { toStoredMinute } from './stored-time';

describe('stored times', () => {
  it('round down to the minute, never up, and keep a time already on the minute', () => {
    expect(toStoredMinute(new Date('2026-03-02T08:15:59.999Z')).toISOString()).toBe(
      '2026-03-02T08:15:00.000Z',
    );
    expect(toStoredMinute(new Date('2026-03-02T08:15:00.000Z')).toISOString()).toBe(
      '2026-03-02T08:15:00.000Z',
    );
    expect(toStoredMinute(new Date('1969-12-31T23:59:30.000Z')).toISOString()).toBe(
      '1969-12-31T23:59:00.000Z',
    );
  });
});
