// One calm line on Today: this week's plan (and, when a month has passed since my last check-up,
// a quiet invitation to take a new one). Based only on my own records and what we shared.
import { retakeStatus } from '@hearth/core';
import { useSyncSnapshot } from '../../lib/use-session';
import { AppLink } from '../../lib/navigation';
import { myCheckupDates } from '../checkup/checkup-records';
import { themeLabel } from './plan-wording';
import { usePlan } from './use-plan';

export function PlanTodayLine() {
  const state = usePlan();
  const { records } = useSyncSnapshot();
  if (!state) return null;
  const { plan, ctx } = state;
  const retake = retakeStatus(myCheckupDates(records, ctx.couple.myId), ctx.today);
  const week = plan?.currentWeek;
  if (week && week.kind !== 'paused') {
    const progress = week.progress ? ` · ${week.progress.done} of ${week.progress.of} done` : '';
    return (
      <p className="muted quiet-line">
        This week’s plan: <AppLink to="/plan">{themeLabel[week.theme]}</AppLink>
        {progress}.
        {retake.state === 'due' ? (
          <>
            {' '}
            A month has passed — <AppLink to="/checkup">time for a new check-up</AppLink>.
          </>
        ) : null}
      </p>
    );
  }
  if (retake.state === 'due')
    return (
      <p className="muted quiet-line">
        A month has passed — <AppLink to="/checkup">time for a new check-up</AppLink>.
      </p>
    );
  return null;
}
