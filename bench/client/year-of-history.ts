// A year of a couple using Hearth, as plain payloads (pure: sealing and storing happen elsewhere).
// What the benchmarks put behind Today: check-ins, thank-yous, touches, answered questions and
// the rest, spread over the days the way a couple that uses the app most days would leave them.
import { addDays, isoWeek, type LocalDate } from '@hearth/core';
import type { RecordPayload } from '../../apps/web/src/lib/record-payloads';
import { touchKinds } from '../../apps/web/src/lib/record-payloads';
import { seededRandom } from '../lib/stats';

export type Person = 'me' | 'partner';

export interface HistoryRecord {
  scope: 'user' | 'couple';
  author: Person;
  /** When it was written: the server's `updated_at`, and the order it syncs in. */
  at: Date;
  payload: RecordPayload;
}

/** A daily-question answer: not a record, stored by the server under the day's opaque tag. */
export interface HistoryAnswer {
  author: Person;
  date: LocalDate;
  questionId: string;
  tag: string;
  at: Date;
  text: string;
}

export interface YearPlan {
  /** Records on "my" device after a full sync: the couple's shared records plus my private ones. */
  records: number;
  /** Days of history before today. */
  days: number;
  today: LocalDate;
  now: Date;
  /** The device's zone, for the reminder settings. */
  timeZone: string;
  /** Today's question for a date and its reveal tag (needs the couple key, so it is passed in). */
  questionOf: (date: LocalDate) => { questionId: string; tag: string };
}

const CHECKIN_WORDS = [
  'Slept well, ready for the day.',
  'A bit tired, long week.',
  'Looking forward to dinner tonight.',
  'Nervous about the meeting at ten.',
  'Calm morning, coffee in the garden.',
];
const CHECKIN_HELP = ['A hug before work.', 'Ten quiet minutes tonight.', 'A message at lunch.'];
const ABOUT_YOU = [
  'The way you listened when I talked about my sister.',
  'You made tea without asking, exactly when I needed it.',
  'How patient you were on the phone with your mother.',
  'Your laugh at breakfast.',
  'You noticed I was tired and took over the dishes.',
];
const ABOUT_US = [
  'Our walk after dinner.',
  'Cooking together with the radio on.',
  'We talked instead of scrolling.',
  'The silly dance in the kitchen.',
];
const ANSWERS = [
  'The summer we got lost on the way to the lake and did not mind at all.',
  'Feeling listened to without being fixed.',
  'More slow Sunday mornings.',
  'When you hold my hand in a crowd.',
];
const REPLIES = ['That made me smile.', 'I did not know that about you.', 'Let us do that soon.'];
const LETTERS = [
  'Something I have never told you: I was scared the first time you met my friends.',
  'I sometimes worry I am not as fun as I used to be. I would like us to laugh more.',
];
const NOTES = ['Groceries: lemons, rice, the good bread.', 'Book the cabin for the spring.'];

const iso = (date: Date) => date.toISOString();

/**
 * Records for the days before today and a partly done today: my partner has checked in, sent a
 * thank-you and answered the question; we logged three touches; I have done nothing else yet.
 * Touches fill whatever the other practices leave of `records`, so the total is exact.
 */
export function yearOfHistory(plan: YearPlan): { records: HistoryRecord[]; answers: HistoryAnswer[] } {
  const random = seededRandom(7);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const records: HistoryRecord[] = [];
  const answers: HistoryAnswer[] = [];
  const touchDays: LocalDate[] = [];
  // A past day's clock time (read as UTC, like this machine); today's times are minutes before now.
  const atClock = (date: LocalDate, hour: number, minute = 0) =>
    new Date(Date.parse(`${date}T00:00:00Z`) + (hour * 60 + minute) * 60_000);
  const minutesAgo = (minutes: number) => new Date(plan.now.getTime() - minutes * 60_000);
  const add = (scope: HistoryRecord['scope'], author: Person, at: Date, payload: RecordPayload) =>
    records.push({ scope, author, at, payload });

  const firstDay = addDays(plan.today, -plan.days);
  add('user', 'me', atClock(firstDay, 8), {
    type: 'reminder-prefs',
    timeZone: plan.timeZone,
    quietHours: { start: '22:00', end: '07:00' },
    reminders: [
      { practice: 'checkin', time: '08:00', enabled: true },
      { practice: 'question', time: '12:30', enabled: true },
      { practice: 'gratitude', time: '20:30', enabled: true },
    ],
    updatedAt: iso(atClock(firstDay, 8)),
  });

  for (let back = plan.days; back >= 1; back--) {
    const date = addDays(plan.today, -back);
    touchDays.push(date);
    for (const who of ['me', 'partner'] as const) {
      const at = atClock(date, 7, who === 'me' ? 30 : 40);
      add('couple', who, at, {
        type: 'checkin',
        date,
        mood: 1 + Math.floor(random() * 5),
        ...(random() < 0.6 ? { words: pick(CHECKIN_WORDS) } : {}),
        ...(random() < 0.3 ? { help: pick(CHECKIN_HELP) } : {}),
        createdAt: iso(at),
      });
    }
    const { questionId, tag } = plan.questionOf(date);
    const bothAnswered = random() < 0.8;
    if (bothAnswered) {
      for (const who of ['me', 'partner'] as const) {
        answers.push({ author: who, date, questionId, tag, at: atClock(date, 12, 30), text: pick(ANSWERS) });
      }
      const replier: Person = back % 2 === 0 ? 'me' : 'partner';
      add('couple', replier, atClock(date, 12, 40), {
        type: 'question-reply',
        tag,
        ...(random() < 0.5 ? { reaction: 'heart' as const } : { text: pick(REPLIES) }),
        createdAt: iso(atClock(date, 12, 40)),
      });
    }
    if (back % 3 === 0) {
      const at = atClock(date, 19);
      add('couple', back % 2 === 0 ? 'me' : 'partner', at, {
        type: 'device-free',
        startedAt: iso(at),
        minutes: ([15, 20, 30] as const)[back % 3]!,
      });
    }
    if (back % 7 === 0 || back % 7 === 3) {
      const author: Person = back % 7 === 0 ? 'me' : 'partner';
      const at = atClock(date, 18);
      add('couple', author, at, {
        type: 'vulnerability',
        week: isoWeek(date),
        text: pick(LETTERS),
        createdAt: iso(at),
      });
    }
    if (back % 4 === 0) {
      const at = atClock(date, 17);
      add(back % 8 === 0 ? 'couple' : 'user', 'me', at, {
        type: 'note',
        text: pick(NOTES),
        updatedAt: iso(at),
      });
    }
    if (back % 10 === 0) {
      add('couple', 'partner', atClock(date, 12, 45), {
        type: 'question-favourite',
        questionId,
        starred: true,
        at: iso(atClock(date, 12, 45)),
      });
    }
    for (const who of ['me', 'partner'] as const) {
      if (random() < 0.85) {
        const at = atClock(date, 21, who === 'me' ? 0 : 10);
        add('couple', who, at, {
          type: 'gratitude',
          date,
          aboutYou: pick(ABOUT_YOU),
          aboutUs: pick(ABOUT_US),
          createdAt: iso(at),
        });
      }
    }
  }

  // Today so far.
  const today = plan.today;
  const partnerCheckin = minutesAgo(120);
  add('couple', 'partner', partnerCheckin, {
    type: 'checkin',
    date: today,
    mood: 4,
    words: 'Slept well, ready for the day.',
    help: 'A hug before work.',
    createdAt: iso(partnerCheckin),
  });
  const { questionId, tag } = plan.questionOf(today);
  answers.push({ author: 'partner', date: today, questionId, tag, at: minutesAgo(100), text: pick(ANSWERS) });
  add('couple', 'partner', minutesAgo(30), {
    type: 'gratitude',
    date: today,
    aboutYou: 'You got up early so I could sleep in.',
    aboutUs: 'Breakfast without phones.',
    createdAt: iso(minutesAgo(30)),
  });
  const todayTouches = 3;

  // Touches take the rest of the budget, spread evenly over the past days.
  const budget = plan.records - records.length - todayTouches;
  if (budget < 0) throw new Error(`${plan.records} records are too few for ${plan.days} days of practices`);
  touchDays.forEach((date, index) => {
    const count = Math.floor(budget / touchDays.length) + (index < budget % touchDays.length ? 1 : 0);
    for (let t = 0; t < count; t++) {
      const who: Person = t % 2 === 0 ? 'me' : 'partner';
      // Spread over the waking day, 07:00 to 22:00.
      const at = atClock(date, 7, Math.floor((t * 900) / Math.max(1, count)));
      add('couple', who, at, {
        type: 'touch',
        date,
        kind: touchKinds[t % touchKinds.length]!,
        at: iso(at),
        forBoth: t % 5 === 0,
      });
    }
  });
  for (let t = 0; t < todayTouches; t++) {
    const at = minutesAgo(90 - t * 20);
    add('couple', t === 1 ? 'partner' : 'me', at, {
      type: 'touch',
      date: today,
      kind: touchKinds[t]!,
      at: iso(at),
      forBoth: false,
    });
  }

  records.sort((a, b) => a.at.getTime() - b.at.getTime());
  return { records, answers };
}
