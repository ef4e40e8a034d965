// Moving through a timed exercise step by step. Pure, so the order of steps is tested.
export interface TimedStep {
  id: string;
  seconds?: number;
}

export type SequenceState = { phase: 'ready' } | { phase: 'step'; index: number } | { phase: 'done' };

export function nextState<S extends TimedStep>(steps: readonly S[], state: SequenceState): SequenceState {
  if (steps.length === 0) return { phase: 'done' };
  if (state.phase === 'ready') return { phase: 'step', index: 0 };
  if (state.phase === 'done') return state;
  return state.index + 1 < steps.length ? { phase: 'step', index: state.index + 1 } : { phase: 'done' };
}

export function previousState(state: SequenceState): SequenceState {
  if (state.phase !== 'step') return state;
  return state.index > 0 ? { phase: 'step', index: state.index - 1 } : { phase: 'ready' };
}

/** Total length of the timed steps in seconds (untimed steps wait for "next"). */
export function totalSeconds(steps: readonly TimedStep[]): number {
  return steps.reduce((sum, s) => sum + (s.seconds ?? 0), 0);
}
