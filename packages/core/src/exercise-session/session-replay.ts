/**
 * Replays a session's control log up to a moment. Nothing ticks: a running timed step ends when
 * its time is up, and the next one starts at that exact moment, whenever someone looks. So the
 * state at any time follows from the events alone, and two devices with the same events agree.
 *
 * Events that no longer make sense when their turn comes (a second "start", a "next" pressed on a
 * step the timer already left, a length that is not on offer, anything from a non-member) are
 * skipped rather than refused: the log is shared, and one odd event must not break the session.
 */
import { compareSessionEvents } from './event-log';
import type { HowWasIt, SessionEvent } from './session-event-schema';
import type { ExerciseSession, MemberId, SessionPlanItem, SessionStep } from './session-plan';

export interface ReplayState {
  started: boolean;
  startedAt: number | null;
  ended: boolean;
  endedAt: number | null;
  /** Ended on the last step, at a stage gate or by running off the end of the plan. */
  completed: boolean;
  /** Index into the plan: the current step or gate (the last one when ended). */
  position: number;
  paused: boolean;
  /** For a running step: when it would have started had it never been paused. */
  stepStartedAt: number;
  /** For a paused step: how much of it had passed. */
  elapsedAtPause: number;
  pausedMs: number;
  pausedSince: number | null;
  /** Lengths chosen with `choose-length`, in seconds, by plan position. */
  chosenSeconds: Map<number, number>;
  /** Whether members[0] leads before any swap; `choose-lead` may change it. */
  firstMemberLeads: boolean;
  /** Gates (plan positions) both members opened. */
  openedGates: Set<number>;
  /** Who said ready at the current gate. */
  ready: Set<MemberId>;
  furthestPosition: number;
  skippedSteps: number;
  howWasIt: Map<MemberId, HowWasIt>;
}

/** The state after every event at or before `now`, with timed steps run on to `now`. */
export function replaySession(session: ExerciseSession, now: number): ReplayState {
  const machine = new SessionMachine(session);
  const events = session.events.filter((event) => event.at <= now).sort(compareSessionEvents);
  for (const event of events) {
    machine.runUntil(event.at);
    machine.apply(event);
  }
  machine.runUntil(now);
  return machine.state;
}

/** The length of a plan step in ms (after any chosen length), or null when it waits for "next". */
export function stepLengthMs(state: ReplayState, step: SessionStep, position: number): number | null {
  const seconds = state.chosenSeconds.get(position) ?? step.seconds;
  return seconds === undefined ? null : seconds * 1000;
}

/** How many role swaps have happened by this plan position (swaps happen as a step begins). */
export function swapsBy(plan: readonly SessionPlanItem[], position: number): number {
  return plan.slice(0, position + 1).filter((item) => item.kind === 'step' && item.swapRoles).length;
}

class SessionMachine {
  readonly state: ReplayState = {
    started: false,
    startedAt: null,
    ended: false,
    endedAt: null,
    completed: false,
    position: 0,
    paused: false,
    stepStartedAt: 0,
    elapsedAtPause: 0,
    pausedMs: 0,
    pausedSince: null,
    chosenSeconds: new Map(),
    firstMemberLeads: true,
    openedGates: new Set(),
    ready: new Set(),
    furthestPosition: 0,
    skippedSteps: 0,
    howWasIt: new Map(),
  };

  constructor(private readonly session: ExerciseSession) {}

  private get plan(): readonly SessionPlanItem[] {
    return this.session.plan;
  }

  private get running(): boolean {
    return this.state.started && !this.state.ended;
  }

  /** Ends every timed step whose time is up by `until`, each at its own end moment. */
  runUntil(until: number): void {
    const s = this.state;
    for (;;) {
      const item = this.plan[s.position];
      if (!this.running || s.paused || item?.kind !== 'step') return;
      const length = stepLengthMs(s, item, s.position);
      if (length === null || s.stepStartedAt + length > until) return;
      this.forward(s.stepStartedAt + length);
    }
  }

  apply(event: SessionEvent): void {
    const s = this.state;
    if (!this.session.members.includes(event.by)) return;
    const at = event.at;
    switch (event.type) {
      case 'start':
        if (s.started || s.ended) return;
        s.started = true;
        s.startedAt = at;
        this.enter(s.position, at);
        return;
      case 'pause':
        if (!this.running || s.paused || this.plan[s.position]?.kind !== 'step') return;
        s.paused = true;
        s.pausedSince = at;
        s.elapsedAtPause = at - s.stepStartedAt;
        return;
      case 'resume':
        if (!this.running || !s.paused) return;
        this.unpause(at);
        s.stepStartedAt = at - s.elapsedAtPause;
        return;
      case 'next':
      case 'skip':
        if (!this.running || event.position !== s.position || this.plan[s.position]?.kind !== 'step') return;
        if (event.type === 'skip') s.skippedSteps += 1;
        this.forward(at);
        return;
      case 'back':
        if (this.running && event.position === s.position) this.back(at);
        return;
      case 'choose-length':
        this.chooseLength(event.position, event.seconds, at);
        return;
      case 'choose-lead': {
        if (s.ended || !this.session.members.includes(event.lead)) return;
        // The chosen member leads from now on, whatever the swaps so far.
        const swapped = swapsBy(this.plan, s.position) % 2 === 1;
        s.firstMemberLeads = (event.lead === this.session.members[0]) !== swapped;
        return;
      }
      case 'ready':
        this.ready(event.by, event.stageId, at);
        return;
      case 'finish':
        if (!s.ended) this.end(at, this.isAtEnd());
        return;
      case 'how-was-it':
        s.howWasIt.set(event.by, event.answer);
        return;
    }
  }

  private forward(at: number): void {
    const s = this.state;
    const next = s.position + 1;
    const item = this.plan[next];
    if (!item) return this.end(at, true);
    if (item.kind === 'step') return this.enter(next, at);
    if (s.openedGates.has(next)) return this.enter(next + 1, at);
    // A stage gate: no clock runs here, so a pause has nothing left to hold.
    if (s.paused) this.unpause(at);
    s.position = next;
    s.ready.clear();
    s.furthestPosition = Math.max(s.furthestPosition, next);
  }

  private back(at: number): void {
    const s = this.state;
    let previous = s.position - 1;
    // Gates behind us were opened on the way, so going back steps over them.
    if (this.plan[previous]?.kind === 'gate') previous -= 1;
    if (previous < 0) return;
    s.ready.clear();
    this.enter(previous, at);
  }

  /** Makes `position` (a step) current with its full length ahead; a paused session stays paused. */
  private enter(position: number, at: number): void {
    const s = this.state;
    s.position = position;
    s.furthestPosition = Math.max(s.furthestPosition, position);
    if (s.paused) s.elapsedAtPause = 0;
    else s.stepStartedAt = at;
  }

  private chooseLength(position: number, seconds: number, at: number): void {
    const s = this.state;
    const item = this.plan[position];
    if (s.ended || item?.kind !== 'step' || !item.secondsOptions?.includes(seconds)) return;
    s.chosenSeconds.set(position, seconds);
    if (!this.running || position !== s.position) return;
    // Shortened below what has already passed: the step ends now, not back in the past.
    const elapsed = s.paused ? s.elapsedAtPause : at - s.stepStartedAt;
    if (elapsed >= seconds * 1000) this.forward(at);
  }

  private ready(member: MemberId, stageId: string, at: number): void {
    const s = this.state;
    const gate = this.plan[s.position];
    if (!this.running || gate?.kind !== 'gate' || gate.stageId !== stageId) return;
    s.ready.add(member);
    if (!this.session.members.every((m) => s.ready.has(m))) return;
    s.openedGates.add(s.position);
    s.ready.clear();
    this.enter(s.position + 1, at);
  }

  private unpause(at: number): void {
    const s = this.state;
    if (s.pausedSince !== null) s.pausedMs += at - s.pausedSince;
    s.paused = false;
    s.pausedSince = null;
  }

  private isAtEnd(): boolean {
    const s = this.state;
    return this.running && (this.plan[s.position]?.kind === 'gate' || s.position === this.plan.length - 1);
  }

  private end(at: number, completed: boolean): void {
    const s = this.state;
    if (s.paused) this.unpause(at);
    s.ended = true;
    s.endedAt = at;
    s.completed = completed;
  }
}
