// When Today has nothing more to ask: the moment to say "put the phone down". Pure.

export interface MyDay {
  checkin: boolean;
  question: boolean;
  gratitude: boolean;
}

export type PhoneDown = 'day-done' | 'for-now' | null;

/** After the morning pair (check-in and question) during the day; after all three in the evening. */
export function phoneDown(day: MyDay, hour: number): PhoneDown {
  if (day.checkin && day.question && day.gratitude) return 'day-done';
  if (hour < 17 && day.checkin && day.question) return 'for-now';
  return null;
}

export function phoneDownText(state: Exclude<PhoneDown, null>, partnerName: string): string {
  return state === 'day-done'
    ? `That’s today. Put the phone down and go find ${partnerName}.`
    : `That’s all for now. Put the phone down — the rest of the day is for living it.`;
}
