/**
 * What the player shows at a given moment, derived from the session alone. Call it on every frame
 * or timer tick with the device's clock; it is cheap and has no memory of earlier calls.
 */
import type { StepRole } from '@hearth/content';
import { replaySession, stepLengthMs, swapsBy, type ReplayState } from './session-replay';
import {
  countSteps,
  type ExerciseSession,
  type MemberId,
  type SessionPlanItem,
  type SessionStep,
} from './session-plan';

export type SessionPhase =
  | 'not-started'
  | 'running'
  | 'paused'
  /** On a step without a timer: it waits for "next". */
  | 'waiting-for-next'
  /** At a stage gate: the next stage opens once both members are ready. */
  | 'waiting-for-both-ready'
  | 'done';

export interface SessionMemberRole {
  memberId: MemberId;
  /** This member's part in the current step; 'both' when the step is for both alike. */
  role: StepRole;
  /** Whether the step's text is addressed to this member (the speaker on a speaker step…). */
  acting: boolean;
}

export interface SessionGateView {
  /** The stage that opens. */
  stageId: string;
  ready: MemberId[];
  waitingFor: MemberId[];
}

export interface SessionView {
  phase: SessionPhase;
  /** The plan position on screen. Send it back in next / back / skip events. */
  position: number;
  /** The current step; null at a stage gate and once done. */
  step: SessionStep | null;
  /** The stage on screen (staged exercises): the current step's, or the one a gate opens. */
  stageId: string | null;
  /** "Step n of total": n counts steps only, from 1 (at a gate: the step that comes next). */
  stepNumber: number;
  stepCount: number;
  /** The step's length in ms after any chosen length; null for steps that wait for "next". */
  lengthMs: number | null;
  /** Time left in the step, frozen while paused; null for steps without a timer. */
  remainingMs: number | null;
  /** While a timed step is running: the moment it ends (for the bell and the next redraw). */
  endsAt: number | null;
  /** 0…1 of the current step's timer, for the ring (0 for untimed steps, 1 when done). */
  stepFraction: number;
  /** 0…1 of the steps behind you. */
  sessionFraction: number;
  /** Who speaks or touches now (the other listens or receives). */
  lead: MemberId;
  /** Each member's part in this step, in `session.members` order; empty at a gate and when done. */
  roles: SessionMemberRole[];
  gate: SessionGateView | null;
  canGoBack: boolean;
}

const counterpart: Partial<Record<StepRole, StepRole>> = {
  speaker: 'listener',
  listener: 'speaker',
  toucher: 'receiver',
  receiver: 'toucher',
};

export function viewAt(session: ExerciseSession, now: number): SessionView {
  const state = replaySession(session, now);
  const { plan, members } = session;
  const item = plan[state.position];
  const step = !state.ended && item?.kind === 'step' ? item : null;
  const gate = !state.ended && item?.kind === 'gate' ? item : null;
  const lead = leadAt(session, state);
  const timing = step ? stepTiming(state, step, now) : null;
  const stepsBefore = countSteps(plan.slice(0, state.position));
  const stepCount = countSteps(plan);
  return {
    phase: phaseOf(state, item),
    position: state.position,
    step,
    stageId: item?.stageId ?? null,
    stepNumber: Math.min(stepCount, stepsBefore + 1),
    stepCount,
    lengthMs: timing?.lengthMs ?? null,
    remainingMs: timing?.remainingMs ?? null,
    endsAt: timing?.endsAt ?? null,
    stepFraction: state.ended ? 1 : (timing?.fraction ?? 0),
    sessionFraction: state.ended && state.completed ? 1 : stepsBefore / stepCount,
    lead,
    roles: step ? members.map((memberId) => roleOf(step, memberId, lead)) : [],
    gate: gate
      ? {
          stageId: gate.stageId,
          ready: members.filter((m) => state.ready.has(m)),
          waitingFor: members.filter((m) => !state.ready.has(m)),
        }
      : null,
    // The plan always opens with a step, so any later position has somewhere to go back to.
    canGoBack: state.started && !state.ended && state.position > 0,
  };
}

function phaseOf(state: ReplayState, item: SessionPlanItem | undefined): SessionPhase {
  if (state.ended) return 'done';
  if (!state.started) return 'not-started';
  if (item?.kind === 'gate') return 'waiting-for-both-ready';
  if (state.paused) return 'paused';
  return item && stepLengthMs(state, item, state.position) === null ? 'waiting-for-next' : 'running';
}

function stepTiming(state: ReplayState, step: SessionStep, now: number) {
  const lengthMs = stepLengthMs(state, step, state.position);
  if (lengthMs === null) return null;
  if (!state.started) return { lengthMs, remainingMs: lengthMs, endsAt: null, fraction: 0 };
  const elapsed = state.paused ? state.elapsedAtPause : now - state.stepStartedAt;
  const remainingMs = Math.min(lengthMs, Math.max(0, lengthMs - elapsed));
  return {
    lengthMs,
    remainingMs,
    endsAt: state.paused ? null : state.stepStartedAt + lengthMs,
    fraction: (lengthMs - remainingMs) / lengthMs,
  };
}

function leadAt(session: ExerciseSession, state: ReplayState): MemberId {
  const [first, second] = session.members;
  const swapped = swapsBy(session.plan, state.position) % 2 === 1;
  return state.firstMemberLeads !== swapped ? first : second;
}

function roleOf(step: SessionStep, memberId: MemberId, lead: MemberId): SessionMemberRole {
  const other = counterpart[step.role];
  if (!other) return { memberId, role: step.role, acting: true };
  // The lead holds the speaker or toucher part; whichever part the step names is the acting one.
  const leadRole = step.role === 'speaker' || step.role === 'toucher' ? step.role : other;
  const role = memberId === lead ? leadRole : (counterpart[leadRole] ?? leadRole);
  return { memberId, role, acting: role === step.role };
}
