import { describe, expect, it } from 'vitest';
import { phoneDown, phoneDownText } from './phone-down';

describe('put the phone down', () => {
  it('says so after the morning practices during the day', () => {
    expect(phoneDown({ checkin: true, question: true, gratitude: false }, 9)).toBe('for-now');
    expect(phoneDown({ checkin: true, question: false, gratitude: false }, 9)).toBeNull();
  });

  it('waits for the evening gratitude in the evening, then says the day is done', () => {
    expect(phoneDown({ checkin: true, question: true, gratitude: false }, 20)).toBeNull();
    expect(phoneDown({ checkin: true, question: true, gratitude: true }, 20)).toBe('day-done');
    expect(phoneDownText('day-done', 'Sam')).toContain('go find Sam');
  });
});
