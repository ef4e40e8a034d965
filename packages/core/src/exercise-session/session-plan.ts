/**
 * A shared exercise session: who takes part, the plan of steps fixed when it was created, and the
 * control events both devices have written. The plan is a snapshot of the step timings rather
 * than a reference to the content, so two phones on different app versions still agree on what
 * "step 3" is and how long it lasts. Texts stay in the content library: look them up with
 * `contentStepFor`.
 */
import type { Exercise, ExerciseStep, StepRole } from '@hearth/content';
import type { SessionEvent } from './session-event-schema';

export type MemberId = string;

/** One step of the plan. `id` and `stageId` are the content's ids. */
export interface SessionStep {
  kind: 'step';
  id: string;
  /** The stage this step belongs to, for staged exercises. */
  stageId?: string;
  /** The default countdown; absent for steps that wait for "next". */
  seconds?: number;
  /** Lengths the couple may choose between (`choose-length`). */
  secondsOptions?: readonly number[];
  role: StepRole;
  /** Partners swap roles (speaker <-> listener, toucher <-> receiver) as this step begins. */
  swapRoles: boolean;
  cue?: 'soft-bell' | 'none';
}

/** Between two stages: the stage `stageId` opens only when both members are ready. */
export interface SessionGate {
  kind: 'gate';
  stageId: string;
}

export type SessionPlanItem = SessionStep | SessionGate;

export interface ExerciseSession {
  id: string;
  exerciseId: string;
  variantId?: string;
  /** The two partners. members[0] leads first (speaks or touches first) until `choose-lead`. */
  members: readonly [MemberId, MemberId];
  /** Steps (and stage gates) in order; a position in this list is what move events refer to. */
  plan: readonly SessionPlanItem[];
  /** The control log, kept sorted by (at, by, id). Use appendSessionEvents / mergeSessions to change it. */
  events: readonly SessionEvent[];
}

export interface CreateSessionOptions {
  id: string;
  exercise: Exercise;
  members: readonly [MemberId, MemberId];
  /** A variant whose own steps replace the exercise's steps. Variants without steps change nothing. */
  variantId?: string;
  /** For staged exercises: the stage to practise (default the first). Later stages follow behind gates. */
  stageId?: string;
  /**
   * The parts the couple chose (ids of the exercise's `stepChoices`); their steps play, in step
   * order, and steps outside every choice always play. Absent: everything.
   */
  choiceIds?: readonly string[];
}

/** A new session with an empty log. Throws on an unknown variant or stage, or an exercise without steps. */
export function createSession(options: CreateSessionOptions): ExerciseSession {
  const { id, exercise, members, variantId, stageId, choiceIds } = options;
  if (members[0] === members[1]) throw new Error('a session needs two different members');
  const plan = leaveOutUnchosen(buildPlan(exercise, variantId, stageId), exercise, choiceIds);
  if (!plan.some((item) => item.kind === 'step')) throw new Error(`${exercise.id} has no steps to play`);
  return {
    id,
    exerciseId: exercise.id,
    ...(variantId === undefined ? {} : { variantId }),
    members: [members[0], members[1]],
    plan,
    events: [],
  };
}

function leaveOutUnchosen(
  plan: SessionPlanItem[],
  exercise: Exercise,
  choiceIds: readonly string[] | undefined,
): SessionPlanItem[] {
  const choices = exercise.stepChoices;
  if (!choiceIds || !choices) return plan;
  for (const choiceId of choiceIds) {
    if (!choices.some((choice) => choice.id === choiceId)) {
      throw new Error(`${exercise.id} has no choice "${choiceId}"`);
    }
  }
  const unchosen = new Set(
    choices.filter((choice) => !choiceIds.includes(choice.id)).flatMap((choice) => choice.stepIds),
  );
  return plan.filter((item) => item.kind === 'gate' || !unchosen.has(item.id));
}

function buildPlan(exercise: Exercise, variantId?: string, stageId?: string): SessionPlanItem[] {
  const variant = variantId === undefined ? undefined : exercise.variants.find((v) => v.id === variantId);
  if (variantId !== undefined && !variant) throw new Error(`${exercise.id} has no variant "${variantId}"`);
  const stages = exercise.stages;
  if (!stages) {
    if (stageId !== undefined) throw new Error(`${exercise.id} has no stages`);
    return (variant?.steps ?? exercise.steps).map((step) => toPlanStep(step));
  }
  // A staged exercise plays its stages; a variant's steps only ever replace the base steps.
  const first = stageId === undefined ? 0 : stages.findIndex((stage) => stage.id === stageId);
  if (first < 0) throw new Error(`${exercise.id} has no stage "${stageId}"`);
  return stages
    .slice(first)
    .flatMap((stage, index): SessionPlanItem[] => [
      ...(index === 0 ? [] : [{ kind: 'gate' as const, stageId: stage.id }]),
      ...stage.steps.map((step) => toPlanStep(step, stage.id)),
    ]);
}

function toPlanStep(step: ExerciseStep, stageId?: string): SessionStep {
  return {
    kind: 'step',
    id: step.id,
    ...(stageId === undefined ? {} : { stageId }),
    ...(step.seconds === undefined ? {} : { seconds: step.seconds }),
    ...(step.secondsOptions === undefined ? {} : { secondsOptions: [...step.secondsOptions] }),
    role: step.role ?? 'both',
    swapRoles: step.swapRoles === true,
    ...(step.cue === undefined ? {} : { cue: step.cue }),
  };
}

/** The content step (with its text) behind a plan step, or undefined if the content has changed. */
export function contentStepFor(
  exercise: Exercise,
  session: Pick<ExerciseSession, 'exerciseId' | 'variantId'>,
  step: Pick<SessionStep, 'id' | 'stageId'>,
): ExerciseStep | undefined {
  if (exercise.id !== session.exerciseId) return undefined;
  if (step.stageId !== undefined) {
    return exercise.stages?.find((stage) => stage.id === step.stageId)?.steps.find((s) => s.id === step.id);
  }
  const variant = exercise.variants.find((v) => v.id === session.variantId);
  return (variant?.steps ?? exercise.steps).find((s) => s.id === step.id);
}

/** How many steps (not gates) the plan has. */
export function countSteps(plan: readonly SessionPlanItem[]): number {
  return plan.filter((item) => item.kind === 'step').length;
}
