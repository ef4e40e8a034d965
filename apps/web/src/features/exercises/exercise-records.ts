// Reading guided-exercise sessions out of the decrypted records. Pure, so the rules (which
// session is live, what counts as done, whose feedback is visible) are tested in Node.
import {
  appendSessionEvents,
  checkEventForSession,
  type ExerciseSession,
  type SessionEvent,
} from '@hearth/core';
import { uuidFromName } from '@hearth/crypto';
import type {
  ExerciseDonePayload,
  ExerciseEventPayload,
  ExerciseFavouritePayload,
  ExerciseFeedbackPayload,
  ExerciseSessionPayload,
} from '../../lib/record-payloads';
import type { DecryptedRecord } from '../../lib/sync-snapshot';

type Of<P> = DecryptedRecord & { payload: P };

function ofType<P extends { type: string }>(records: readonly DecryptedRecord[], type: P['type']): Of<P>[] {
  return records.filter((r) => r.payload.type === type) as unknown as Of<P>[];
}

export interface LiveSession {
  session: ExerciseSession;
  mode: ExerciseSessionPayload['mode'];
  startedBy: string;
  createdAt: string;
}

/** A session is offered to join for this long after it was created (then it is history). */
export const JOINABLE_FOR_MS = 3 * 60 * 60 * 1000;

/**
 * Every session with its events merged in. An event that does not fit its session (a position
 * outside the plan, someone who is not a member) is left out, as the partner's phone may be older
 * or newer than this one.
 */
export function sessionsFrom(records: readonly DecryptedRecord[]): Map<string, LiveSession> {
  const sessions = new Map<string, LiveSession>();
  for (const r of ofType<ExerciseSessionPayload>(records, 'exercise-session')) {
    const { session, mode, createdAt } = r.payload;
    if (!session.members.includes(r.authorId)) continue;
    sessions.set(session.id, { session: { ...session, events: [] }, mode, startedBy: r.authorId, createdAt });
  }
  const eventsBySession = new Map<string, SessionEvent[]>();
  for (const r of ofType<ExerciseEventPayload>(records, 'exercise-event')) {
    const live = sessions.get(r.payload.sessionId);
    // Each device writes only its own events (one shared screen writes for both, as its author).
    if (!live || !live.session.members.includes(r.authorId)) continue;
    if (live.mode === 'together' && r.payload.event.by !== r.authorId) continue;
    if (checkEventForSession(r.payload.event, live.session).length > 0) continue;
    const list = eventsBySession.get(live.session.id) ?? [];
    list.push(r.payload.event);
    eventsBySession.set(live.session.id, list);
  }
  for (const [id, events] of eventsBySession) {
    const live = sessions.get(id)!;
    sessions.set(id, { ...live, session: appendSessionEvents(live.session, ...events) });
  }
  return sessions;
}

/** The log entries of finished sessions, by session id. */
export function completions(records: readonly DecryptedRecord[]): Map<string, ExerciseDonePayload> {
  const done = new Map<string, ExerciseDonePayload>();
  for (const r of ofType<ExerciseDonePayload>(records, 'exercise-done'))
    done.set(r.payload.sessionId, r.payload);
  return done;
}

/** How many times the two of us completed each exercise. */
export function timesDone(records: readonly DecryptedRecord[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const done of completions(records).values()) {
    if (done.completed) counts.set(done.exerciseId, (counts.get(done.exerciseId) ?? 0) + 1);
  }
  return counts;
}

/**
 * A session the partner started that I can still join: recent, not finished, and not one I have
 * already said something in (then I am in it).
 */
export function sessionToJoin(
  sessions: ReadonlyMap<string, LiveSession>,
  done: ReadonlyMap<string, ExerciseDonePayload>,
  myId: string,
  now: number,
): LiveSession | null {
  let newest: LiveSession | null = null;
  for (const live of sessions.values()) {
    if (live.mode !== 'together' || live.startedBy === myId || done.has(live.session.id)) continue;
    if (live.session.events.some((e) => e.type === 'finish')) continue;
    if (live.session.events.some((e) => e.by === myId)) continue;
    const created = Date.parse(live.createdAt);
    if (!(now - created < JOINABLE_FOR_MS)) continue;
    if (!newest || live.createdAt > newest.createdAt) newest = live;
  }
  return newest;
}

/** My own answer to "how was it", and my partner's only if they shared it. */
export function feedbackFor(
  records: readonly DecryptedRecord[],
  sessionId: string,
  myId: string,
): { mine: ExerciseFeedbackPayload | null; partnerShared: ExerciseFeedbackPayload | null } {
  const list = ofType<ExerciseFeedbackPayload>(records, 'exercise-feedback').filter(
    (r) => r.payload.sessionId === sessionId,
  );
  const latest = (rs: typeof list) =>
    rs.reduce<Of<ExerciseFeedbackPayload> | null>(
      (best, r) => (!best || r.payload.createdAt > best.payload.createdAt ? r : best),
      null,
    )?.payload ?? null;
  return {
    mine: latest(list.filter((r) => r.authorId === myId)),
    partnerShared: latest(list.filter((r) => r.authorId !== myId && r.scope === 'couple')),
  };
}

/** Starred exercises: either of us can star; the latest choice per exercise wins. */
export function favouriteExerciseIds(records: readonly DecryptedRecord[]): Set<string> {
  const latest = new Map<string, ExerciseFavouritePayload>();
  for (const r of ofType<ExerciseFavouritePayload>(records, 'exercise-favourite')) {
    const seen = latest.get(r.payload.exerciseId);
    if (!seen || r.payload.at >= seen.at) latest.set(r.payload.exerciseId, r.payload);
  }
  return new Set([...latest.values()].filter((f) => f.starred).map((f) => f.exerciseId));
}

/**
 * The record id of a session's log entry: the same on both phones (derived from the session id),
 * so however many devices see the end, the couple's log holds one entry.
 */
export function doneRecordId(sessionId: string): string {
  return uuidFromName(`exercise-done/${sessionId}`);
}
