// Writing guided-exercise sessions: the session itself, each control event as its own record (so
// both phones can write at once without conflicts), the couple's log entry, and "how was it".
import type { Exercise } from '@hearth/content';
import {
  createSession,
  type ExerciseSession,
  type HowWasIt,
  type SessionEvent,
  type SessionOutcome,
} from '@hearth/core';
import { writeRecord } from '../../lib/records';
import type { ExerciseSessionPayload } from '../../lib/record-payloads';
import type { ActiveCouple } from '../practices/use-couple';
import { doneRecordId } from './exercise-records';

const nowIso = () => new Date().toISOString();

/** An event as a control sends it: the id, time and sender are added here. */
export type EventInput = SessionEvent extends infer E
  ? E extends SessionEvent
    ? Omit<E, 'id' | 'at' | 'by'>
    : never
  : never;

export async function startExerciseSession(
  exercise: Exercise,
  couple: ActiveCouple,
  mode: ExerciseSessionPayload['mode'],
  options: { stageId?: string; choiceIds?: readonly string[] } = {},
): Promise<string> {
  const id = crypto.randomUUID();
  const session = createSession({
    id,
    exercise,
    members: [couple.myId, couple.partnerId],
    ...(options.stageId ? { stageId: options.stageId } : {}),
    ...(options.choiceIds ? { choiceIds: options.choiceIds } : {}),
  });
  await writeRecord('couple', {
    type: 'exercise-session',
    session: storable(session),
    mode,
    createdAt: nowIso(),
  });
  return id;
}

/** The session as a record holds it (plain arrays where the core type is read-only). */
function storable(session: ExerciseSession): ExerciseSessionPayload['session'] {
  return {
    ...session,
    members: [session.members[0], session.members[1]],
    plan: session.plan.map((item) => {
      if (item.kind === 'gate') return { ...item };
      const { secondsOptions, ...step } = item;
      return secondsOptions ? { ...step, secondsOptions: [...secondsOptions] } : step;
    }),
    events: [...session.events],
  };
}

/** Sends one control event, in the name of `by` (me, or my partner on one shared screen). */
export async function sendSessionEvent(sessionId: string, by: string, input: EventInput): Promise<void> {
  const event = { ...input, id: crypto.randomUUID(), at: Date.now(), by } as SessionEvent;
  await writeRecord('couple', { type: 'exercise-event', sessionId, event });
}

/** The couple's log entry; both phones may write it, the record id makes it one. */
export async function logSessionOutcome(outcome: SessionOutcome): Promise<void> {
  await writeRecord(
    'couple',
    {
      type: 'exercise-done',
      sessionId: outcome.sessionId,
      exerciseId: outcome.exerciseId,
      completed: outcome.completed,
      startedAt: outcome.startedAt === null ? null : new Date(outcome.startedAt).toISOString(),
      endedAt: new Date(outcome.endedAt).toISOString(),
      activeSeconds: Math.round(outcome.activeMs / 1000),
      openedStageIds: outcome.openedStageIds,
    },
    doneRecordId(outcome.sessionId),
  );
}

/** "How was it": private to me unless I choose to share it with my partner. */
export async function saveExerciseFeedback(
  sessionId: string,
  exerciseId: string,
  answer: HowWasIt,
  share: boolean,
): Promise<void> {
  await writeRecord(share ? 'couple' : 'user', {
    type: 'exercise-feedback',
    sessionId,
    exerciseId,
    answer,
    createdAt: nowIso(),
  });
}

export async function setExerciseFavourite(exerciseId: string, starred: boolean): Promise<void> {
  await writeRecord('couple', { type: 'exercise-favourite', exerciseId, starred, at: nowIso() });
}
