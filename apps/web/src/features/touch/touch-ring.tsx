// Today's touches as a calm ring toward six, with its text alternative.
import { touchProgress } from '@hearth/core';
import type { DecryptedRecord } from '../../lib/sync-snapshot';
import { touchesOn } from '../practices/practice-records';
import { ProgressRing } from '../timers/progress-ring';
import { touchSummary } from './touch-kinds';

export function useTouchProgress(shared: readonly DecryptedRecord[], today: string) {
  return touchProgress(
    touchesOn(shared, today).map((r) => r.payload),
    today,
  );
}

export function TouchRing({
  count,
  goal,
  size = 'medium',
}: {
  count: number;
  goal: number;
  size?: 'small' | 'medium' | 'large';
}) {
  return (
    <ProgressRing fraction={count / goal} label={touchSummary(count, goal)} size={size}>
      <span className="ring-count">{count}</span>
      <span className="ring-goal">of {goal}</span>
    </ProgressRing>
  );
}
