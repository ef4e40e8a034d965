// In-app prompts: which practices my own reminder settings say are due now, worked out here
// from my private copy of the settings (no server). Pure.
import { isTimeZone, minutesOfDay, wallClock } from '@hearth/core';
import type { ReminderPractice } from '../../lib/api-types';
import type { ReminderPrefsPayload } from '../../lib/record-payloads';

/** Practices whose reminder time has passed today (in my zone) and that are not done yet. */
export function dueNow(
  prefs: ReminderPrefsPayload | null,
  now: Date,
  done: Record<ReminderPractice, boolean>,
): Set<ReminderPractice> {
  const due = new Set<ReminderPractice>();
  if (!prefs || !isTimeZone(prefs.timeZone)) return due;
  const clock = wallClock(now, prefs.timeZone);
  for (const r of prefs.reminders) {
    if (r.enabled && !done[r.practice] && clock.minutes >= minutesOfDay(r.time)) due.add(r.practice);
  }
  return due;
}
