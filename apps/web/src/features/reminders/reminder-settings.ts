// Reminder settings as the form edits them: defaults, and checks before they go to the server.
// Pure; the time and zone rules come from @hearth/core.
import { isTimeOfDay, isTimeZone } from '@hearth/core';
import type { ReminderPractice, ReminderSettings } from '../../lib/api-types';

export const reminderPractices: readonly {
  practice: ReminderPractice;
  label: string;
  defaultTime: string;
}[] = [
  { practice: 'checkin', label: 'Morning check-in', defaultTime: '08:00' },
  { practice: 'question', label: 'Today’s question', defaultTime: '12:30' },
  { practice: 'gratitude', label: 'Evening gratitude', defaultTime: '21:00' },
];

export const DEFAULT_QUIET_HOURS = { start: '22:00', end: '07:00' };

/** The settings to show: the stored ones (from the server or my record), or gentle defaults. */
export function settingsForForm(stored: ReminderSettings | null, deviceZone: string): ReminderSettings {
  // The server answers with a null time zone until settings were saved once: nothing stored yet.
  if (stored && !stored.timeZone) stored = null;
  return {
    timeZone: stored?.timeZone && isTimeZone(stored.timeZone) ? stored.timeZone : deviceZone,
    quietHours: stored ? stored.quietHours : DEFAULT_QUIET_HOURS,
    reminders: reminderPractices.map(({ practice, defaultTime }) => {
      const found = stored?.reminders.find((r) => r.practice === practice);
      return {
        practice,
        time: found && isTimeOfDay(found.time) ? found.time : defaultTime,
        enabled: found?.enabled ?? false,
        nextDueAt: found?.nextDueAt ?? null,
      };
    }),
  };
}

/** What the server accepts (PUT /api/reminders): no display-only fields. */
export function settingsForServer(s: ReminderSettings): ReminderSettings {
  return {
    timeZone: s.timeZone,
    quietHours: s.quietHours ? { start: s.quietHours.start, end: s.quietHours.end } : null,
    reminders: s.reminders.map(({ practice, time, enabled }) => ({ practice, time, enabled })),
  };
}

/** A plain-words problem with the settings, or null when they can be saved. */
export function settingsProblem(s: ReminderSettings): string | null {
  if (!isTimeZone(s.timeZone)) return 'Choose a time zone from the list.';
  for (const r of s.reminders) if (!isTimeOfDay(r.time)) return 'Each reminder needs a time, like 08:00.';
  if (s.quietHours && (!isTimeOfDay(s.quietHours.start) || !isTimeOfDay(s.quietHours.end)))
    return 'Quiet hours need a start and an end, like 22:00 and 07:00.';
  return null;
}
