import { describe, expect, it } from 'vitest';
import { nextState, previousState, totalSeconds } from './step-sequence';

const steps = [{ id: 'hug', seconds: 30 }, { id: 'hands', seconds: 30 }, { id: 'talk' }];

describe('step sequence', () => {
  it('goes ready → each step → done, and back one step at a time', () => {
    let s = nextState(steps, { phase: 'ready' });
    expect(s).toEqual({ phase: 'step', index: 0 });
    s = nextState(steps, s);
    s = nextState(steps, s);
    expect(s).toEqual({ phase: 'step', index: 2 });
    expect(previousState(s)).toEqual({ phase: 'step', index: 1 });
    expect(nextState(steps, s)).toEqual({ phase: 'done' });
    expect(previousState({ phase: 'step', index: 0 })).toEqual({ phase: 'ready' });
    expect(nextState([], { phase: 'ready' })).toEqual({ phase: 'done' });
  });

  it('adds up the timed steps', () => {
    expect(totalSeconds(steps)).toBe(60);
  });
});
