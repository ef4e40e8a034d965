import { describe, expect, it } from 'vitest';
import { COUPLE, ME, YOU, rec } from '../../lib/test-records';
import {
  checkinOf,
  coupleRecords,
  gratitudeOf,
  practiceDates,
  questionSkips,
  repliesFor,
  runningDeviceFree,
  sharesFrom,
  starredQuestionIds,
  thankYousFrom,
  touchesOn,
} from './practice-records';

const checkin = (date: string, mood: number, createdAt: string) =>
  ({ type: 'checkin', date, mood, createdAt }) as const;

describe('practice records', () => {
  it('keeps only the shared records of the current couple', () => {
    const records = [
      rec(checkin('2026-03-02', 3, 'a')),
      rec(checkin('2026-03-02', 3, 'a'), { ownerId: 'old-couple' }),
      rec({ type: 'note', text: 'x', updatedAt: 'a' }, { scope: 'user', ownerId: ME }),
    ];
    expect(coupleRecords(records, COUPLE)).toHaveLength(1);
  });

  it('counts the latest check-in per person and date', () => {
    const records = [
      rec(checkin('2026-03-02', 2, '2026-03-02T07:00:00Z')),
      rec(checkin('2026-03-02', 4, '2026-03-02T07:30:00Z')),
      rec(checkin('2026-03-01', 5, '2026-03-01T07:00:00Z')),
      rec(checkin('2026-03-02', 1, '2026-03-02T09:00:00Z'), { authorId: YOU }),
    ];
    expect(checkinOf(records, ME, '2026-03-02')?.mood).toBe(4);
    expect(checkinOf(records, YOU, '2026-03-02')?.mood).toBe(1);
    expect(checkinOf(records, YOU, '2026-03-01')).toBeNull();
  });

  it("collects what my partner thanked me for, newest first, and today's gratitude", () => {
    const g = (date: string, aboutYou: string, createdAt: string) =>
      ({ type: 'gratitude', date, aboutYou, aboutUs: 'us', createdAt }) as const;
    const records = [
      rec(g('2026-03-01', 'patience', '2026-03-01T20:00:00Z'), { authorId: YOU }),
      rec(g('2026-03-02', 'humour', '2026-03-02T20:00:00Z'), { authorId: YOU }),
      rec(g('2026-03-02', 'mine', '2026-03-02T21:00:00Z')),
    ];
    expect(thankYousFrom(records, YOU).map((r) => r.payload.aboutYou)).toEqual(['humour', 'patience']);
    expect(gratitudeOf(records, YOU, '2026-03-02')?.aboutYou).toBe('humour');
    expect(gratitudeOf(records, ME, '2026-03-01')).toBeNull();
  });

  it("counts both partners' touches on a date, whoever logged them", () => {
    const t = (date: string, at: string) =>
      ({ type: 'touch', date, kind: 'hug', at, forBoth: true }) as const;
    const records = [
      rec(t('2026-03-02', '2026-03-02T09:00:00Z')),
      rec(t('2026-03-02', '2026-03-02T08:00:00Z'), { authorId: YOU }),
      rec(t('2026-03-01', '2026-03-01T08:00:00Z')),
    ];
    expect(touchesOn(records, '2026-03-02').map((r) => r.authorId)).toEqual([YOU, ME]);
  });

  it('finds the device-free time running now, and none once it ended or was ended early', () => {
    const start = Date.parse('2026-03-02T18:00:00Z');
    const records = [rec({ type: 'device-free', startedAt: '2026-03-02T18:00:00.000Z', minutes: 15 })];
    expect(runningDeviceFree(records, start + 60_000)?.endsAt).toBe(start + 15 * 60_000);
    expect(runningDeviceFree(records, start + 15 * 60_000)).toBeNull();
    const ended = [
      rec({
        type: 'device-free',
        startedAt: '2026-03-02T18:00:00.000Z',
        minutes: 30,
        endedAt: '2026-03-02T18:05:00.000Z',
      }),
    ];
    expect(runningDeviceFree(ended, start + 60_000)).not.toBeNull();
    expect(runningDeviceFree(ended, start + 6 * 60_000)).toBeNull();
    expect(runningDeviceFree(records, start - 60 * 60_000)).toBeNull();
  });

  it('lets the latest star or unstar of a question win, from either partner', () => {
    const f = (questionId: string, starred: boolean, at: string) =>
      ({ type: 'question-favourite', questionId, starred, at }) as const;
    const records = [
      rec(f('q1', true, '2026-03-01T10:00:00Z')),
      rec(f('q1', false, '2026-03-01T11:00:00Z'), { authorId: YOU }),
      rec(f('q2', true, '2026-03-01T10:00:00Z'), { authorId: YOU }),
    ];
    expect([...starredQuestionIds(records)]).toEqual(['q2']);
  });

  it('reads skips, replies and letters', () => {
    const records = [
      rec({ type: 'question-skip', date: '2026-03-02', questionId: 'q1' }, { authorId: YOU }),
      rec({ type: 'question-reply', tag: 't1', reaction: 'heart', createdAt: '2026-03-02T10:00:00Z' }),
      rec({ type: 'question-reply', tag: 't2', text: 'other', createdAt: '2026-03-02T10:00:00Z' }),
      rec({ type: 'vulnerability', week: '2026-W10', text: 'a dream', createdAt: '2026-03-02T10:00:00Z' }),
    ];
    expect(questionSkips(records)).toEqual([{ date: '2026-03-02', questionId: 'q1' }]);
    expect(repliesFor(records, 't1').map((r) => r.payload.reaction)).toEqual(['heart']);
    expect(sharesFrom(records, ME).map((r) => r.payload.text)).toEqual(['a dream']);
    expect(sharesFrom(records, YOU)).toEqual([]);
  });

  it('turns shared practices into the dates the kind streak counts (notes and skips do not count)', () => {
    const records = [
      rec(checkin('2026-03-02', 3, 'x')),
      rec({ type: 'device-free', startedAt: '2026-03-04T18:00:00.000Z', minutes: 20 }),
      rec({ type: 'note', text: 'x', updatedAt: '2026-03-05T10:00:00Z' }),
      rec({ type: 'question-skip', date: '2026-03-06', questionId: 'q1' }),
    ];
    // A check-in is one person's; device-free time is one thing done together.
    expect(practiceDates(records, (iso) => iso.slice(0, 10))).toEqual([
      { date: '2026-03-02', by: ME },
      { date: '2026-03-04', together: true },
    ]);
  });
});
