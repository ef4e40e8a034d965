// My reminder settings (user scope), mirrored for display; the server copy drives delivery.
import * as z from 'zod/mini';
import { hhmm, instant } from '../../lib/record-fields';
import { defineRecordKind } from '../../lib/record-kind';

export const reminderPrefsPayload = z.object({
  type: z.literal('reminder-prefs'),
  timeZone: z.string().check(z.maxLength(64)),
  quietHours: z.nullable(z.object({ start: hhmm, end: hhmm })),
  reminders: z.array(
    z.object({
      practice: z.enum(['checkin', 'gratitude', 'question']),
      time: hhmm,
      enabled: z.boolean(),
    }),
  ),
  updatedAt: instant,
});
export type ReminderPrefsPayload = z.infer<typeof reminderPrefsPayload>;

export const remindersKinds = [
  defineRecordKind({
    type: 'reminder-prefs',
    schema: reminderPrefsPayload,
    scopes: ['private'],
    dated: false,
    conflict: 'last-writer-wins',
    export: { title: 'Reminder settings' },
    sideChannel: null,
  }),
] as const;
