// The couple's plan, worked out on this device from the shared records (it is never stored), and
// the current week for other screens ("recommended this week").
import { coupleFeaturesPaused, generatePlan, type Plan, type PlanInput, type PlanWeek } from '@hearth/core';
import { useMemo } from 'react';
import { localDateOf } from '../../lib/local-today';
import { useCheckupContent, type CheckupContent, type ExerciseContent } from '../checkup/use-checkup-content';
import { useMyHistory } from '../checkup/use-my-history';
import { usePracticeContext, type PracticeContext } from '../practices/practice-frame';
import { planInputFrom } from './plan-inputs';

export interface PlanState {
  ctx: PracticeContext;
  content: { checkup: CheckupContent; library: ExerciseContent };
  /** Null before the plan has begun. */
  input: PlanInput | null;
  plan: Plan | null;
}

/** Null while there is no partner or the content is still loading. */
export function usePlan(): PlanState | null {
  const ctx = usePracticeContext();
  const content = useCheckupContent();
  const history = useMyHistory(content?.checkup ?? null, ctx?.couple.myId ?? '');
  return useMemo(() => {
    if (!ctx || !content || !history) return null;
    const instrument = content.checkup.checkup;
    const input = planInputFrom({
      content: { instrument, exercises: content.library.exercises },
      shared: ctx.shared,
      today: ctx.today,
      dateOf: (iso) => localDateOf(iso),
      setAsideForSafety: coupleFeaturesPaused(instrument, history.routes),
      intimacyPaused: false,
    });
    return { ctx, content, input, plan: input ? generatePlan(input) : null };
  }, [ctx, content, history]);
}

/** This calendar week of our plan, or null (no plan yet, finished, set aside, or still loading). */
export function useCurrentPlanWeek(): PlanWeek | null {
  return usePlan()?.plan?.currentWeek ?? null;
}
