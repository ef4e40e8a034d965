// Progress: this week at a glance (to look at together), the milestones, and charts of closeness,
// touches against six, check-in moods, days connected and check-up scores. uPlot loads only with
// this screen. Mine comes from my private records, my partner's only from what they shared.
import { dailyTouchGoal, retakeStatus, type PartnerSeries } from '@hearth/core';
import { useMemo, useState } from 'react';
import { AreaLinks } from '../../components/area-links';
import { Loading } from '../../components/loading';
import { Page } from '../../components/page';
import { localDateOf } from '../../lib/local-today';
import { AppLink } from '../../lib/navigation';
import { useSyncSnapshot } from '../../lib/use-session';
import { say } from '../content/content-libraries';
import { myCheckupDates } from '../checkup/checkup-records';
import { formatDate } from '../checkup/format';
import { useMyHistory } from '../checkup/use-my-history';
import { useCheckupContent } from '../checkup/use-checkup-content';
import { EndedNote, NeedsPartner, usePracticeHistory } from '../practices/practice-frame';
import { planStartWeek } from '../plan/plan-inputs';
import { progressData, type ProgressData } from './progress-data';
import { TrendChart, type ChartLine } from './trend-chart';

function WeekTogether({ data, names }: { data: ProgressData; names: (id: string) => string }) {
  const week = data.thisWeek;
  return (
    <section className="card" aria-labelledby="week-summary">
      <h2 id="week-summary" className="card-title">
        This week, together
      </h2>
      <p className="muted">
        Since {formatDate(week.weekStart)}. Something to look at side by side, not a score.
      </p>
      <dl className="summary-grid">
        <div>
          <dt>Days connected</dt>
          <dd>{week.daysConnected} of 7</dd>
        </div>
        <div>
          <dt>Touches</dt>
          <dd>
            {week.touches === 0
              ? 'None yet this week'
              : `${week.touches} this week · ${week.touchGoalDays} ${week.touchGoalDays === 1 ? 'day' : 'days'} reached ${dailyTouchGoal}`}
          </dd>
        </div>
        {week.checkins.map((entry) => (
          <div key={entry.partner}>
            <dt>Check-ins, {names(entry.partner)}</dt>
            <dd>
              {entry.days} {entry.days === 1 ? 'morning' : 'mornings'}
              {entry.averageMood === null ? '' : `, mood ${entry.averageMood} of 5`}
            </dd>
          </div>
        ))}
        {week.closeness.map((entry) => (
          <div key={entry.partner}>
            <dt>Closeness, {names(entry.partner)}</dt>
            <dd>{entry.value} of 7</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

function Milestones({ data }: { data: ProgressData }) {
  return (
    <section className="card card-quiet" aria-labelledby="milestones">
      <h2 id="milestones" className="card-title">
        Milestones
      </h2>
      <ul className="plain-list">
        {data.milestones.map((milestone) => (
          <li key={milestone.id}>
            <strong>{milestone.title}</strong>
            {milestone.reachedOn
              ? ` — reached on ${formatDate(milestone.reachedOn)}.`
              : ` — ${milestone.weeksDone} of ${milestone.weeksNeeded} weeks so far.`}{' '}
            <span className="muted">
              {milestone.description} Many couples get there within {milestone.usuallyWithinWeeks[0]}–
              {milestone.usuallyWithinWeeks[1]} weeks.
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}

function linesOf(series: readonly PartnerSeries[], myId: string, names: (id: string) => string): ChartLine[] {
  return [...series]
    .sort((a, b) => Number(b.partner === myId) - Number(a.partner === myId))
    .map((line) => ({
      label: names(line.partner),
      points: line.points,
      colour: line.partner === myId ? 'mine' : 'partner',
    }));
}

export default function ProgressPage() {
  const ctx = usePracticeHistory();
  const content = useCheckupContent();
  const { records } = useSyncSnapshot();
  const history = useMyHistory(content?.checkup ?? null, ctx?.couple.myId ?? '');
  const [part, setPart] = useState<string>('emotional');
  const data = useMemo(
    () =>
      ctx && history
        ? progressData({
            shared: ctx.shared,
            history,
            myId: ctx.couple.myId,
            partnerId: ctx.couple.partnerId,
            today: ctx.today,
            dateOf: (iso) => localDateOf(iso),
            planStart: planStartWeek(ctx.shared),
          })
        : null,
    [ctx, history],
  );
  const title = 'Progress';
  if (!ctx) {
    return (
      <Page title={title}>
        <NeedsPartner />
      </Page>
    );
  }
  if (!content || !data) {
    return (
      <Page title={title}>
        <AreaLinks />
        <Loading />
      </Page>
    );
  }
  const { myId, partnerName } = ctx.couple;
  const names = (id: string) => (id === myId ? 'You' : partnerName);
  const touchLines: ChartLine[] = [
    {
      label: 'Touches',
      points: data.touches.map((d) => ({ date: d.date, value: d.count })),
      colour: 'mine',
      bars: true,
    },
    {
      label: `Goal of ${dailyTouchGoal}`,
      points: data.touches.map((d) => ({ date: d.date, value: dailyTouchGoal })),
      colour: 'goal',
      dashed: true,
      reference: true,
    },
  ];
  const partSeries = data.checkupScores.filter((line) => line.dimension === part);
  const retake = retakeStatus(myCheckupDates(records, myId), ctx.today);
  return (
    <Page
      title={title}
      lead={
        ctx.ended
          ? `How the two of you were doing, up to the day you and ${ctx.couple.partnerName} stopped being linked.`
          : 'Small steps add up. Here is how the two of you are doing.'
      }
    >
      {ctx.ended ? <EndedNote partnerName={ctx.couple.partnerName} /> : null}
      <AreaLinks />
      <WeekTogether data={data} names={names} />
      <Milestones data={data} />
      <TrendChart
        id="chart-closeness"
        title="Closeness, week by week"
        yLabel="1 apart to 7 very close"
        yRange={[1, 7]}
        lines={linesOf(data.closeness, myId, names)}
      />
      <TrendChart
        id="chart-touches"
        title={`Touches per day, against ${dailyTouchGoal}`}
        yLabel="touches"
        yRange={[0, Math.max(dailyTouchGoal + 2, ...data.touches.map((d) => d.count))]}
        lines={touchLines}
      />
      <TrendChart
        id="chart-moods"
        title="Morning check-in moods"
        yLabel="1 heavy to 5 bright"
        yRange={[1, 5]}
        lines={linesOf(data.moods, myId, names)}
      />
      <TrendChart
        id="chart-connected"
        title="Days connected per week"
        yLabel="days of 7"
        yRange={[0, 7]}
        lines={[
          {
            label: 'Days connected',
            points: data.connectedWeeks.map((w) => ({ date: w.weekStart, value: w.count })),
            colour: 'mine',
            bars: true,
          },
        ]}
      />
      <section className="card card-quiet" aria-labelledby="checkup-over-time">
        <h2 id="checkup-over-time" className="card-title">
          Check-up scores over time
        </h2>
        <label className="field">
          <span>Part of the check-up</span>
          <select value={part} onChange={(e) => setPart(e.target.value)}>
            {content.checkup.checkup.dimensions.map((dimension) => (
              <option key={dimension.id} value={dimension.id}>
                {say(dimension.title)}
              </option>
            ))}
          </select>
        </label>
      </section>
      <TrendChart
        id="chart-checkup"
        title={`Check-up: ${say(content.checkup.checkup.dimensions.find((d) => d.id === part)?.title ?? { en: part })}`}
        yLabel="0 to 100"
        yRange={[0, 100]}
        lines={linesOf(partSeries, myId, names)}
      />
      <p className="muted quiet-line">
        {retake.state === 'due' ? (
          <>
            A month has passed since your last check-up. <AppLink to="/checkup">Take a new one</AppLink>.
          </>
        ) : retake.state === 'not-yet' ? (
          `Your next check-up is suggested from ${formatDate(retake.dueOn)}.`
        ) : (
          <>
            <AppLink to="/checkup">Take the check-up</AppLink> to see your scores here over time.
          </>
        )}
      </p>
    </Page>
  );
}
