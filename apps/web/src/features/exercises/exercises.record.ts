// Guided exercises (docs/exercises.md): sessions, their control events, the log entry,
// "how was it" and favourites.
import { exerciseSessionSchema, howWasItAnswers, sessionEventSchema } from '@hearth/core';
import * as z from 'zod/mini';
import { contentId, instant } from '../../lib/record-fields';
import { defineRecordKind } from '../../lib/record-kind';

/** A shared exercise session as the starter created it: who, what, and the plan (no events). */
export const exerciseSessionPayload = z.object({
  type: z.literal('exercise-session'),
  session: exerciseSessionSchema,
  /** 'together': each on their own phone; 'one-screen': both around one device. */
  mode: z.enum(['together', 'one-screen']),
  createdAt: instant,
});

/** One control event of a session (start, pause, next…), a record of its own so both can write. */
export const exerciseEventPayload = z.object({
  type: z.literal('exercise-event'),
  sessionId: z.string().check(z.maxLength(128)),
  event: sessionEventSchema,
});

/** The couple's log entry for a session, written once (its id comes from the session id). */
export const exerciseDonePayload = z.object({
  type: z.literal('exercise-done'),
  sessionId: z.string().check(z.maxLength(128)),
  exerciseId: contentId,
  completed: z.boolean(),
  startedAt: z.nullable(instant),
  endedAt: instant,
  activeSeconds: z.number().check(z.int(), z.minimum(0)),
  openedStageIds: z.array(contentId),
});

/** "How was it" for me: user scope, or couple scope when I chose to share it. */
export const exerciseFeedbackPayload = z.object({
  type: z.literal('exercise-feedback'),
  sessionId: z.string().check(z.maxLength(128)),
  exerciseId: contentId,
  answer: z.enum(howWasItAnswers),
  createdAt: instant,
});

export const exerciseFavouritePayload = z.object({
  type: z.literal('exercise-favourite'),
  exerciseId: contentId,
  starred: z.boolean(),
  at: instant,
});

export type ExerciseSessionPayload = z.infer<typeof exerciseSessionPayload>;
export type ExerciseEventPayload = z.infer<typeof exerciseEventPayload>;
export type ExerciseDonePayload = z.infer<typeof exerciseDonePayload>;
export type ExerciseFeedbackPayload = z.infer<typeof exerciseFeedbackPayload>;
export type ExerciseFavouritePayload = z.infer<typeof exerciseFavouritePayload>;

export const exercisesKinds = [
  defineRecordKind({
    type: 'exercise-session',
    schema: exerciseSessionPayload,
    scopes: ['couple'],
    dated: false,
    conflict: 'append-only',
    export: { title: 'Exercise started' },
    sideChannel: null,
  }),
  defineRecordKind({
    type: 'exercise-event',
    schema: exerciseEventPayload,
    scopes: ['couple'],
    dated: false,
    // Each event is its own record so both phones can write without colliding.
    conflict: 'append-only',
    export: { title: 'Exercise step' },
    sideChannel: null,
  }),
  defineRecordKind({
    type: 'exercise-done',
    schema: exerciseDonePayload,
    scopes: ['couple'],
    dated: false,
    // Both phones may write it under the id derived from the session: the first stored is the one.
    conflict: 'append-only',
    export: { title: 'Exercise done' },
    sideChannel: null,
  }),
  defineRecordKind({
    type: 'exercise-feedback',
    schema: exerciseFeedbackPayload,
    scopes: ['private', 'shared-with-partner'],
    dated: false,
    conflict: 'append-only',
    export: { title: 'How an exercise was for you' },
    sideChannel: null,
  }),
  defineRecordKind({
    type: 'exercise-favourite',
    schema: exerciseFavouritePayload,
    scopes: ['couple'],
    dated: false,
    conflict: 'append-only',
    export: { title: 'Favourite exercise' },
    sideChannel: null,
  }),
] as const;
