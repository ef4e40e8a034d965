import { exercises } from '@hearth/content';
import { createSession, viewAt, type SessionEvent } from '@hearth/core';
import { describe, expect, it } from 'vitest';
import type { RecordPayload } from '../../lib/record-payloads';
import type { DecryptedRecord } from '../../lib/sync-snapshot';
import {
  completions,
  doneRecordId,
  favouriteExerciseIds,
  feedbackFor,
  sessionsFrom,
  sessionToJoin,
  timesDone,
} from './exercise-records';

const alice = 'a1111111-1111-4111-8111-111111111111';
const bob = 'b2222222-2222-4222-8222-222222222222';
const eyeGazing = exercises.find((e) => e.id === 'ex-eye-gazing')!;
const created = '2026-05-10T19:00:00.000Z';
const t0 = Date.parse(created);

let n = 0;
function rec(authorId: string, payload: unknown, scope: 'user' | 'couple' = 'couple'): DecryptedRecord {
  n += 1;
  return {
    id: `r${n}`,
    scope,
    ownerId: scope === 'couple' ? 'couple' : authorId,
    authorId,
    version: 1,
    updatedAt: created,
    payload: payload as RecordPayload,
    pending: false,
  };
}

const session = createSession({ id: 's1', exercise: eyeGazing, members: [alice, bob] });
const { events: _none, ...header } = session;
const sessionRecord = rec(alice, {
  type: 'exercise-session',
  session: { ...header, events: [] },
  mode: 'together',
  createdAt: created,
});
const event = (by: string, e: { type: SessionEvent['type']; at: number; position?: number }) =>
  rec(by, { type: 'exercise-event', sessionId: 's1', event: { id: `e${(n += 1)}`, by, ...e } });

describe('exercise sessions from records', () => {
  it('merges both partners’ events into one session that both phones see alike', () => {
    const records = [
      sessionRecord,
      event(alice, { type: 'start', at: t0 + 1000 }),
      event(bob, { type: 'pause', at: t0 + 11_000 }),
    ];
    const live = sessionsFrom(records).get('s1')!;
    expect(live.startedBy).toBe(alice);
    const reversed = sessionsFrom([...records].reverse()).get('s1')!;
    expect(viewAt(reversed.session, t0 + 60_000)).toEqual(viewAt(live.session, t0 + 60_000));
    expect(viewAt(live.session, t0 + 60_000).phase).toBe('paused');
  });

  it('ignores an event written in someone else’s name, or by someone outside the session', () => {
    const forged = rec(bob, {
      type: 'exercise-event',
      sessionId: 's1',
      event: { id: 'x', by: alice, type: 'start', at: t0 + 1000 },
    });
    const stranger = event('c3333333-3333-4333-8333-333333333333', { type: 'start', at: t0 + 1000 });
    const live = sessionsFrom([sessionRecord, forged, stranger]).get('s1')!;
    expect(live.session.events).toEqual([]);
  });

  it('ignores a move beyond the plan (from a newer or broken phone)', () => {
    const live = sessionsFrom([
      sessionRecord,
      event(alice, { type: 'start', at: t0 }),
      event(bob, { type: 'next', at: t0 + 5, position: 99 }),
    ]).get('s1')!;
    expect(live.session.events.map((e) => e.type)).toEqual(['start']);
  });

  it('offers the partner’s new session to join, until I take part, it ends, or it is old', () => {
    const sessions = sessionsFrom([sessionRecord]);
    const none = new Map();
    expect(sessionToJoin(sessions, none, bob, t0 + 60_000)?.session.id).toBe('s1');
    expect(sessionToJoin(sessions, none, alice, t0 + 60_000)).toBeNull();
    expect(sessionToJoin(sessions, none, bob, t0 + 4 * 3_600_000)).toBeNull();
    const joined = sessionsFrom([sessionRecord, event(bob, { type: 'start', at: t0 + 1 })]);
    expect(sessionToJoin(joined, none, bob, t0 + 60_000)).toBeNull();
    const finished = sessionsFrom([sessionRecord, event(alice, { type: 'finish', at: t0 + 1 })]);
    expect(sessionToJoin(finished, none, bob, t0 + 60_000)).toBeNull();
  });

  it('counts a session once however many phones logged it', () => {
    const done = {
      type: 'exercise-done',
      sessionId: 's1',
      exerciseId: 'ex-eye-gazing',
      completed: true,
      startedAt: created,
      endedAt: created,
      activeSeconds: 330,
      openedStageIds: [],
    };
    const records = [rec(alice, done), rec(bob, done)];
    expect(completions(records).size).toBe(1);
    expect(timesDone(records).get('ex-eye-gazing')).toBe(1);
    expect(doneRecordId('s1')).toBe(doneRecordId('s1'));
    expect(doneRecordId('s1')).not.toBe(doneRecordId('s2'));
    expect(doneRecordId('s1')).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
  });

  it('shows my partner’s “how was it” only when they shared it', () => {
    const feedback = (answer: string) => ({
      type: 'exercise-feedback',
      sessionId: 's1',
      exerciseId: 'ex-eye-gazing',
      answer,
      createdAt: created,
    });
    const privateOne = rec(bob, feedback('hard'), 'user');
    expect(feedbackFor([privateOne], 's1', alice).partnerShared).toBeNull();
    const shared = rec(bob, feedback('good'), 'couple');
    expect(feedbackFor([privateOne, shared], 's1', alice).partnerShared?.answer).toBe('good');
    expect(feedbackFor([rec(alice, feedback('okay'), 'user')], 's1', alice).mine?.answer).toBe('okay');
  });

  it('keeps the latest star per exercise', () => {
    const star = (starred: boolean, at: string) =>
      rec(alice, { type: 'exercise-favourite', exerciseId: 'ex-eye-gazing', starred, at });
    expect(favouriteExerciseIds([star(true, '2026-01-01'), star(false, '2026-01-02')]).size).toBe(0);
    expect(
      favouriteExerciseIds([star(false, '2026-01-01'), star(true, '2026-01-02')]).has('ex-eye-gazing'),
    ).toBe(true);
  });
});
