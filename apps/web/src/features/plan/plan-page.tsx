// Our plan: week by week, worked out on each phone from what we shared (never stored), with our
// life stage, this week's practices and the weeks ahead.
import { AreaLinks } from '../../components/area-links';
import { EmptyState, Loading } from '../../components/loading';
import { FormError } from '../../components/notice';
import { Page } from '../../components/page';
import { AppLink } from '../../lib/navigation';
import { useAction } from '../../lib/use-action';
import { say } from '../content/content-libraries';
import { formatDate } from '../checkup/format';
import { lifeStagesOf } from '../checkup/checkup-records';
import { NeedsPartner, usePracticeContext } from '../practices/practice-frame';
import { LifeStageForm } from './life-stage-form';
import { startPlan } from './plan-actions';
import { PlanWeekCard } from './plan-week-card';
import { themeLabel } from './plan-wording';
import { usePlan, type PlanState } from './use-plan';

function NotStarted({ today }: { today: string }) {
  const { error, run } = useAction();
  return (
    <section className="card" aria-labelledby="plan-start">
      <h2 id="plan-start" className="card-title">
        Your plan starts with a check-up
      </h2>
      <p>
        Each of you takes the check-up privately. When one or both of you share the results, a week-by-week
        plan appears here for both of you: feeling close first, touch layered in as it grows.
      </p>
      <div className="row-actions">
        <AppLink to="/checkup" className="btn btn-primary">
          Take the check-up
        </AppLink>
        <button type="button" className="btn btn-quiet" onClick={() => void run(() => startPlan(today))}>
          Start with a gentle plan instead
        </button>
      </div>
      <FormError message={error} />
    </section>
  );
}

function UpcomingWeeks({ state }: { state: PlanState }) {
  const weeks = state.plan?.weeks.filter((week) => week.timing === 'upcoming') ?? [];
  if (weeks.length === 0) return null;
  const title = (id: string) => {
    const exercise = state.content.library.exerciseById.get(id);
    return exercise ? say(exercise.title) : id;
  };
  return (
    <section className="card card-quiet" aria-labelledby="weeks-ahead">
      <h2 id="weeks-ahead" className="card-title">
        The weeks ahead
      </h2>
      <p className="muted">A preview: it adapts to what you do and to your next check-ups.</p>
      <ol className="plain-list week-preview">
        {weeks.map((week) => (
          <li key={week.weekStart}>
            <strong>
              Week {week.number} ({formatDate(week.weekStart)}): {themeLabel[week.theme]}
            </strong>
            <span className="muted"> — {week.practices.map((p) => title(p.exerciseId)).join(', ')}</span>
          </li>
        ))}
      </ol>
    </section>
  );
}

export default function PlanPage() {
  const state = usePlan();
  const title = 'Our plan';
  if (state === null) {
    return (
      <Page title={title}>
        <AreaLinks />
        <PartnerOrLoading />
      </Page>
    );
  }
  const { plan, input, ctx, content } = state;
  return (
    <Page title={title} lead="A few small practices each week, chosen for the two of you.">
      <AreaLinks />
      {plan?.status === 'set-aside-for-safety' ? (
        <section className="card card-danger" aria-labelledby="set-aside">
          <h2 id="set-aside" className="card-title">
            Couple exercises are set aside for now
          </h2>
          <p>
            From your private check-up answers, support for you comes first. This is only on your screen.{' '}
            <AppLink to="/checkup">See support and safety resources</AppLink>
          </p>
        </section>
      ) : !plan || !input ? (
        <NotStarted today={ctx.today} />
      ) : plan.currentWeek ? (
        <PlanWeekCard input={input} week={plan.currentWeek} library={content.library} />
      ) : plan.status === 'not-started' ? (
        <p>Your plan begins on {formatDate(input.startWeek)}.</p>
      ) : (
        <EmptyState title="You have finished your twelve weeks">
          Take a new check-up to see how far you have come, and keep the practices that worked for you.
        </EmptyState>
      )}
      {plan?.status === 'set-aside-for-safety' ? null : <UpcomingWeeks state={state} />}
      {plan?.status === 'set-aside-for-safety' ? null : (
        <LifeStageForm instrument={content.checkup.checkup} saved={lifeStagesOf(ctx.shared)} />
      )}
    </Page>
  );
}

/** usePlan is null both without a partner and while the content loads: tell them apart. */
function PartnerOrLoading() {
  return usePracticeContext() === null ? <NeedsPartner /> : <Loading />;
}
