import { describe, expect, it } from 'vitest';
import { entryProblem, type EntryRoute } from './entry-check';
import type { RecordPayload } from './record-payloads';

const today = '2026-05-10';
const at = '2026-05-10T08:00:00.000Z';

describe('checking an entry before it is sealed', () => {
  it.each<[string, unknown, string | null]>([
    ['a check-in for today', { type: 'checkin', date: today, mood: 3, createdAt: at }, null],
    ['a mood of 0', { type: 'checkin', date: today, mood: 0, createdAt: at }, 'HEARTH_INVALID_ENTRY'],
    ['a mood of 6', { type: 'checkin', date: today, mood: 6, createdAt: at }, 'HEARTH_INVALID_ENTRY'],
    ['a mood of 2.5', { type: 'checkin', date: today, mood: 2.5, createdAt: at }, 'HEARTH_INVALID_ENTRY'],
    [
      'a check-in for tomorrow',
      { type: 'checkin', date: '2026-05-11', mood: 3, createdAt: at },
      'HEARTH_FUTURE_DATE',
    ],
    ['a check-in for yesterday', { type: 'checkin', date: '2026-05-09', mood: 3, createdAt: at }, null],
    [
      'a touch tomorrow',
      { type: 'touch', date: '2026-05-11', kind: 'hug', at, forBoth: true },
      'HEARTH_FUTURE_DATE',
    ],
    [
      'a touch of an unknown kind',
      { type: 'touch', date: today, kind: 'shove', at, forBoth: true },
      'HEARTH_INVALID_ENTRY',
    ],
    [
      'gratitude far too long',
      { type: 'gratitude', date: today, aboutYou: 'x'.repeat(501), aboutUs: '', createdAt: at },
      'HEARTH_INVALID_ENTRY',
    ],
    [
      'a device-free time of 25 minutes',
      { type: 'device-free', startedAt: at, minutes: 25 },
      'HEARTH_INVALID_ENTRY',
    ],
    [
      'a skip dated next year',
      { type: 'question-skip', date: '2027-01-01', questionId: 'q' },
      'HEARTH_FUTURE_DATE',
    ],
    ['a note (no date)', { type: 'note', text: 'hi', updatedAt: at }, null],
  ])('%s', (_what, payload, expected) => {
    expect(entryProblem(payload as RecordPayload, today)).toBe(expected);
  });

  const answer = { type: 'question-answer', questionId: 'q1', date: today, text: 'Yes', createdAt: at };
  it.each<[string, unknown, EntryRoute, string | null]>([
    [
      'a shared note in the couple scope',
      { type: 'note', text: 'hi', updatedAt: at },
      { store: 'couple' },
      null,
    ],
    [
      'my profile in the couple scope',
      { type: 'profile', name: 'Sam' },
      { store: 'couple' },
      'HEARTH_INVALID_ENTRY',
    ],
    [
      'a check-up in the couple scope',
      { type: 'checkup', instrumentId: 'c', version: 1, answers: {}, takenOn: today, completedAt: at },
      { store: 'couple' },
      'HEARTH_INVALID_ENTRY',
    ],
    ['a reveal answer through the reveal channel', answer, { sideChannel: 'reveal' }, null],
    ['a reveal answer written as an ordinary record', answer, { store: 'couple' }, 'HEARTH_INVALID_ENTRY'],
    [
      'a note sent through the reveal channel',
      { type: 'note', text: 'hi', updatedAt: at },
      { sideChannel: 'reveal' },
      'HEARTH_INVALID_ENTRY',
    ],
    ['an empty reveal answer', { ...answer, text: '' }, { sideChannel: 'reveal' }, 'HEARTH_INVALID_ENTRY'],
    [
      'a reveal answer for tomorrow',
      { ...answer, date: '2026-05-11' },
      { sideChannel: 'reveal' },
      'HEARTH_FUTURE_DATE',
    ],
    ['a type this version does not know', { type: 'mystery' }, { store: 'couple' }, 'HEARTH_INVALID_ENTRY'],
  ])('%s', (_what, payload, route, expected) => {
    expect(entryProblem(payload as RecordPayload, today, route)).toBe(expected);
  });
});
