/** The practices a reminder can be set for (docs/daily-practices.md). */
export const REMINDER_PRACTICES = ['checkin', 'gratitude', 'question'] as const;

export type ReminderPractice = (typeof REMINDER_PRACTICES)[number];

/** How many days back a "done" mark is accepted and kept: today and the two days before. */
export const DONE_DAYS_KEPT = 2;
