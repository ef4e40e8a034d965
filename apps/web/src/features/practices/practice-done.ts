// Tells the server that today's practice is done, so today's reminder is not sent. The server
// learns only "this person did the check-in on this date" (docs/daily-practices.md), never what
// was written. Best effort: offline, it is tried again when Today is next open online.
import { useEffect } from 'react';
import { api } from '../../lib/api-client';
import { appSession } from '../../lib/app-session';
import type { ReminderPractice } from '../../lib/api-types';
import { useOnline } from '../../lib/use-online';

const reported = new Set<string>();
const inFlight = new Set<string>();

export function reportPracticeDone(practice: ReminderPractice, date: string): void {
  const s = appSession.state;
  const key = `${s.status === 'ready' ? s.me.user.id : ''}:${practice}:${date}`;
  if (reported.has(key) || inFlight.has(key)) return;
  inFlight.add(key);
  api
    .practiceDone({ practice, date })
    .then(() => reported.add(key))
    .catch(() => undefined)
    .finally(() => inFlight.delete(key));
}

/** Reports every practice done today that the server has not heard about from this device yet. */
export function useReportDone(done: Partial<Record<ReminderPractice, boolean>>, date: string): void {
  const online = useOnline();
  const { checkin, gratitude, question } = done;
  useEffect(() => {
    if (!online) return;
    if (checkin) reportPracticeDone('checkin', date);
    if (gratitude) reportPracticeDone('gratitude', date);
    if (question) reportPracticeDone('question', date);
  }, [online, checkin, gratitude, question, date]);
}
