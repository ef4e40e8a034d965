// Today's practices for the two of us, one line each: where I stand and the one next step.
import { isoWeek } from '@hearth/core';
import type { ReactNode } from 'react';
import { AppLink } from '../../lib/navigation';
import { moodWord } from '../checkin/mood-scale';
import type { PracticeContext } from '../practices/practice-frame';
import { checkinOf, gratitudeOf, sharesFrom } from '../practices/practice-records';
import type { DailyQuestionState } from '../question/use-daily-question';
import { useReminderPrefs } from '../reminders/use-reminder-prefs';
import { useNow } from '../practices/use-today';
import { dueNow } from './due-now';
import { TouchRing, useTouchProgress } from '../touch/touch-ring';

function Practice({
  title,
  done,
  due = false,
  optional = false,
  status,
  action,
  aside,
}: {
  title: string;
  done: boolean;
  /** My own reminder time for it has passed today: a quiet "now" beside the title. */
  due?: boolean;
  /** Something to do now and then, not every day: no empty circle waiting to be filled. */
  optional?: boolean;
  status: ReactNode;
  action?: ReactNode;
  aside?: ReactNode;
}) {
  return (
    <li className={done ? 'practice is-done' : 'practice'}>
      {aside ?? (
        <span className={optional ? 'practice-mark is-optional' : 'practice-mark'} aria-hidden="true" />
      )}
      {/* Title and button share a line while the title fits whole; otherwise the button wraps below. */}
      <div className="practice-main">
        <div className="practice-body">
          <h3 className="practice-title">
            {title}
            {done ? <span className="visually-hidden"> (done)</span> : null}
            {due ? <span className="badge badge-accent">now</span> : null}
          </h3>
          <p className="practice-status">{status}</p>
        </div>
        {action ? <div className="practice-action">{action}</div> : null}
      </div>
    </li>
  );
}

/** A short visible label; the accessible name says it in full (and contains the visible words). */
function ActionLink({
  to,
  label,
  name,
  primary = false,
}: {
  to: string;
  label: string;
  name: string;
  primary?: boolean;
}) {
  return (
    <AppLink
      to={to}
      className={primary ? 'btn btn-primary btn-small' : 'btn btn-secondary btn-small'}
      aria-label={name === label ? undefined : name}
    >
      {label}
    </AppLink>
  );
}

function questionLine(
  q: DailyQuestionState,
  name: string,
): { status: string; label: string; action: string } {
  const answer = { label: 'Answer', action: 'Answer today’s question' };
  const open = { label: 'Open', action: 'Open today’s question' };
  if (q.status !== 'ready') return { status: 'Finding today’s question…', ...open };
  if (q.revealed) return { status: 'You both answered.', label: 'See both', action: 'See both answers' };
  if (q.mine) return { status: `Answered — waiting for ${name}.`, ...open };
  if (q.partnerAnswered) return { status: `${name} has answered — waiting for you.`, ...answer };
  return { status: 'Private until you both answer.', ...answer };
}

export function TodayPractices({ ctx, question }: { ctx: PracticeContext; question: DailyQuestionState }) {
  const { couple, shared, today } = ctx;
  const name = couple.partnerName;
  const checkin = checkinOf(shared, couple.myId, today);
  const gratitude = gratitudeOf(shared, couple.myId, today);
  const touches = useTouchProgress(shared, today);
  const sharedThisWeek = sharesFrom(shared, couple.myId).some((r) => r.payload.week === isoWeek(today));
  const q = questionLine(question, name);
  const { prefs } = useReminderPrefs();
  const now = useNow(60_000);
  const due = dueNow(prefs, new Date(now), {
    checkin: !!checkin,
    question: question.status === 'ready' && !!question.mine,
    gratitude: !!gratitude,
  });

  return (
    <section className="card" aria-labelledby="practices-title">
      <h2 id="practices-title" className="card-title">
        Today for the two of you
      </h2>
      <ul className="practice-list">
        <Practice
          title="Morning check-in"
          done={!!checkin}
          due={due.has('checkin')}
          status={checkin ? `You feel ${moodWord(checkin.mood).toLowerCase()}.` : 'Before the day gets busy.'}
          action={checkin ? null : <ActionLink to="/checkin" label="Check in" name="Check in" primary />}
        />
        <Practice
          title="Today’s question"
          done={question.status === 'ready' && !!question.mine}
          due={due.has('question')}
          status={q.status}
          action={<ActionLink to="/question" label={q.label} name={q.action} />}
        />
        <Practice
          title="Touch"
          done={touches.done}
          aside={<TouchRing count={touches.count} goal={touches.goal} size="small" />}
          status={touches.done ? 'Six today. Lovely.' : 'Hugs, hands, a touch in passing.'}
          action={<ActionLink to="/touch" label="Log" name="Log a touch" />}
        />
        <Practice
          title="Evening gratitude"
          done={!!gratitude}
          due={due.has('gratitude')}
          status={gratitude ? `Sent to ${name}.` : 'Two small thank-yous.'}
          action={gratitude ? null : <ActionLink to="/gratitude" label="Thank" name={`Thank ${name}`} />}
        />
        <Practice
          title="Device-free time"
          done={false}
          optional
          status="15–30 minutes, phones away."
          action={<ActionLink to="/device-free" label="Start" name="Start device-free time" />}
        />
        <Practice
          title="This week’s share"
          done={sharedThisWeek}
          status={sharedThisWeek ? `Your letter is with ${name}.` : `Something ${name} has never heard.`}
          action={
            sharedThisWeek ? null : <ActionLink to="/share" label="Write" name="Write this week’s letter" />
          }
        />
      </ul>
    </section>
  );
}
