import { describe, expect, it } from 'vitest';
import { settingsForForm, settingsForServer, settingsProblem } from './reminder-settings';

describe('reminder settings', () => {
  it('start from gentle defaults in the device time zone, all off until chosen', () => {
    const s = settingsForForm(null, 'Europe/Berlin');
    expect(s.timeZone).toBe('Europe/Berlin');
    expect(s.quietHours).toEqual({ start: '22:00', end: '07:00' });
    expect(s.reminders.map((r) => [r.practice, r.time, r.enabled])).toEqual([
      ['checkin', '08:00', false],
      ['question', '12:30', false],
      ['gratitude', '21:00', false],
    ]);
  });

  it('treat an answer with no time zone (never saved) like no settings', () => {
    const never = { timeZone: null as unknown as string, quietHours: null, reminders: [] };
    expect(settingsForForm(never, 'Asia/Tokyo')).toEqual(settingsForForm(null, 'Asia/Tokyo'));
  });

  it('keep what was stored, and send the server only what it accepts', () => {
    const stored = {
      timeZone: 'America/New_York',
      quietHours: null,
      reminders: [
        { practice: 'gratitude' as const, time: '20:15', enabled: true, nextDueAt: '2026-03-02T01:15:00Z' },
      ],
    };
    const s = settingsForForm(stored, 'Europe/Berlin');
    expect(s.timeZone).toBe('America/New_York');
    expect(s.quietHours).toBeNull();
    expect(s.reminders[2]).toMatchObject({ time: '20:15', enabled: true, nextDueAt: '2026-03-02T01:15:00Z' });
    expect(settingsForServer(s).reminders[2]).toEqual({
      practice: 'gratitude',
      time: '20:15',
      enabled: true,
    });
  });

  it('explain what is wrong in plain words', () => {
    const s = settingsForForm(null, 'Europe/Berlin');
    expect(settingsProblem(s)).toBeNull();
    expect(settingsProblem({ ...s, timeZone: 'Mars/Olympus' })).toMatch(/time zone/);
    expect(settingsProblem({ ...s, quietHours: { start: '25:00', end: '07:00' } })).toMatch(/Quiet hours/);
    expect(settingsProblem({ ...s, reminders: [{ practice: 'checkin', time: '', enabled: true }] })).toMatch(
      /needs a time/,
    );
  });
});
