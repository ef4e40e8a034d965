/**
 * What a finished session leaves behind for progress: one entry per session, keyed by the session
 * id, however many devices pressed "finish". Answers to "how was it" may arrive after the end, so
 * store the entry by id and overwrite it when they do.
 */
import type { Exercise } from '@hearth/content';
import type { HowWasIt } from './session-event-schema';
import { replaySession } from './session-replay';
import type { ExerciseSession, MemberId } from './session-plan';

export interface SessionOutcome {
  sessionId: string;
  exerciseId: string;
  variantId: string | null;
  startedAt: number | null;
  endedAt: number;
  /** Reached the end of the plan or of a stage, rather than stopping partway. */
  completed: boolean;
  /** From start to end, without paused time. */
  activeMs: number;
  stepsSkipped: number;
  /** Stages with at least one step played, in order. */
  stageIds: string[];
  /** Stages both members opened at a gate during this session. */
  openedStageIds: string[];
  howWasIt: Partial<Record<MemberId, HowWasIt>>;
}

/** The log entry once the session has ended (by time or by "finish"), otherwise null. */
export function sessionOutcome(session: ExerciseSession, now: number): SessionOutcome | null {
  const state = replaySession(session, now);
  if (!state.ended || state.endedAt === null) return null;
  const played = session.plan.slice(0, state.furthestPosition + 1);
  const stageIds = [
    ...new Set(played.flatMap((item) => (item.kind === 'step' && item.stageId ? [item.stageId] : []))),
  ];
  const openedStageIds = [...state.openedGates]
    .sort((a, b) => a - b)
    .flatMap((position) => {
      const gate = session.plan[position];
      return gate?.kind === 'gate' ? [gate.stageId] : [];
    });
  const howWasIt: Partial<Record<MemberId, HowWasIt>> = {};
  for (const member of session.members) {
    const answer = state.howWasIt.get(member);
    if (answer) howWasIt[member] = answer;
  }
  return {
    sessionId: session.id,
    exerciseId: session.exerciseId,
    variantId: session.variantId ?? null,
    startedAt: state.startedAt,
    endedAt: state.endedAt,
    completed: state.completed,
    activeMs: state.startedAt === null ? 0 : state.endedAt - state.startedAt - state.pausedMs,
    stepsSkipped: state.skippedSteps,
    stageIds,
    openedStageIds,
    howWasIt,
  };
}

/**
 * The furthest stage of a staged exercise the couple has opened together (the first stage until
 * they have), from the outcomes of earlier sessions; null for exercises without stages.
 */
export function unlockedStageId(
  exercise: Pick<Exercise, 'id' | 'stages'>,
  outcomes: readonly Pick<SessionOutcome, 'exerciseId' | 'openedStageIds'>[],
): string | null {
  const stages = exercise.stages;
  if (!stages || stages.length === 0) return null;
  const opened = new Set(
    outcomes
      .filter((outcome) => outcome.exerciseId === exercise.id)
      .flatMap((outcome) => outcome.openedStageIds),
  );
  let furthest = 0;
  stages.forEach((stage, index) => {
    if (opened.has(stage.id)) furthest = index;
  });
  return stages[furthest]?.id ?? null;
}
