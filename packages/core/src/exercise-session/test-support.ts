// Shared by the exercise-session tests: two members, a fixed clock origin and event builders.
import { exerciseById, type Exercise, type ExerciseStep } from '@hearth/content';
import { appendSessionEvents } from './event-log';
import type { SessionEvent } from './session-event-schema';
import { createSession, type ExerciseSession } from './session-plan';

export const ANA = 'member-ana';
export const BEN = 'member-ben';

/** The clock origin of every test; `sec(n)` is n seconds after it. */
export const T0 = Date.UTC(2026, 2, 1, 20, 0, 0);
export const sec = (seconds: number): number => T0 + seconds * 1000;

let counter = 0;
/** An event at `seconds` after T0, with a fresh id unless `extra.id` gives one. */
export function ev(
  type: SessionEvent['type'],
  seconds: number,
  by: string,
  extra: Record<string, unknown> = {},
): SessionEvent {
  counter += 1;
  const id = `e${String(counter).padStart(4, '0')}`;
  return { id, at: sec(seconds), by, type, ...extra } as SessionEvent;
}

export function libraryExercise(id: string): Exercise {
  const exercise = exerciseById.get(id);
  if (!exercise) throw new Error(`missing exercise ${id}`);
  return exercise;
}

/** A made-up exercise with just the fields the player reads. */
export function fixtureExercise(steps: ExerciseStep[], extra: Partial<Exercise> = {}): Exercise {
  const en = (text: string) => ({ en: text });
  return {
    id: 'ex-fixture',
    title: en('Fixture'),
    summary: en('A made-up exercise for tests.'),
    purpose: { text: en('Testing.'), sourceIds: ['test'] },
    evidence: 'moderate',
    purposeTags: ['fun'],
    suits: [],
    layer: 'emotional',
    cadence: 'daily',
    durationMinutes: { min: 1, max: 2 },
    steps,
    variants: [{ id: 'introvert', kind: 'introvert', title: en('Quiet'), description: en('Quietly.') }],
    ...extra,
  };
}

export function step(id: string, seconds?: number, extra: Partial<ExerciseStep> = {}): ExerciseStep {
  return { id, text: { en: `Step ${id}` }, ...(seconds === undefined ? {} : { seconds }), ...extra };
}

/** Steps a (30 s), b (60 s), c (waits for next), d (10 s). */
export const fourSteps = [step('a', 30), step('b', 60), step('c'), step('d', 10)];

export function sessionOf(
  exercise: Exercise,
  events: SessionEvent[] = [],
  options: { stageId?: string; variantId?: string } = {},
) {
  const session: ExerciseSession = createSession({
    id: 'session-1',
    exercise,
    members: [ANA, BEN],
    ...options,
  });
  return appendSessionEvents(session, ...events);
}
