import { describe, expect, it } from 'vitest';
import type { ReminderPrefsPayload } from '../../lib/record-payloads';
import { dueNow } from './due-now';

const prefs: ReminderPrefsPayload = {
  type: 'reminder-prefs',
  timeZone: 'Europe/Berlin',
  quietHours: null,
  reminders: [
    { practice: 'checkin', time: '08:00', enabled: true },
    { practice: 'question', time: '12:30', enabled: true },
    { practice: 'gratitude', time: '21:00', enabled: false },
  ],
  updatedAt: '2026-03-02T00:00:00Z',
};
const none = { checkin: false, question: false, gratitude: false };

describe('practices due now', () => {
  it('are the enabled ones whose time has passed on my own clock', () => {
    // 09:15 in Berlin (UTC+1 in March before the change).
    expect([...dueNow(prefs, new Date('2026-03-02T08:15:00Z'), none)]).toEqual(['checkin']);
    expect([...dueNow(prefs, new Date('2026-03-02T11:45:00Z'), none)]).toEqual(['checkin', 'question']);
    expect([...dueNow(prefs, new Date('2026-03-02T06:30:00Z'), none)]).toEqual([]);
  });

  it('leave out what is done, what is switched off, and everything without settings', () => {
    expect([...dueNow(prefs, new Date('2026-03-02T21:30:00Z'), { ...none, checkin: true })]).toEqual([
      'question',
    ]);
    expect(dueNow(null, new Date(), none).size).toBe(0);
  });
});
