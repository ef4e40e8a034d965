// What my partner has shared with me today: their check-in, their thank-you, a letter this week,
// and whether they answered today's question. Nothing about what they did not do.
import { isoWeek } from '@hearth/core';
import { AppLink } from '../../lib/navigation';
import { GratitudeCard } from '../gratitude/gratitude-card';
import { CheckinSummary } from '../checkin/checkin-summary';
import type { PracticeContext } from '../practices/practice-frame';
import { checkinOf, gratitudeOf, sharesFrom } from '../practices/practice-records';
import type { DailyQuestionState } from '../question/use-daily-question';

export function FromPartner({ ctx, question }: { ctx: PracticeContext; question: DailyQuestionState }) {
  const { couple, shared, today } = ctx;
  const name = couple.partnerName;
  const checkin = checkinOf(shared, couple.partnerId, today);
  const gratitude = gratitudeOf(shared, couple.partnerId, today);
  const letter = sharesFrom(shared, couple.partnerId).find((r) => r.payload.week === isoWeek(today));
  const answered = question.status === 'ready' && question.partnerAnswered && !question.mine;
  if (!checkin && !gratitude && !letter && !answered) return null;

  return (
    <section className="card from-partner" aria-labelledby="from-partner-title">
      <h2 id="from-partner-title" className="card-title">
        From {name} today
      </h2>
      {checkin ? (
        <div className="from-item">
          <h3 className="from-heading">Morning check-in</h3>
          <CheckinSummary checkin={checkin} who={name} />
        </div>
      ) : null}
      {gratitude ? (
        <div className="from-item">
          <h3 className="from-heading">A thank-you for you</h3>
          <GratitudeCard gratitude={gratitude} />
        </div>
      ) : null}
      {answered ? (
        <div className="from-item">
          <h3 className="from-heading">Today’s question</h3>
          <p>
            {name} has answered. <AppLink to="/question">Waiting for you</AppLink> — yours unlocks both.
          </p>
        </div>
      ) : null}
      {letter ? (
        <div className="from-item">
          <h3 className="from-heading">A letter this week</h3>
          <p>
            {name} shared something new with you. <AppLink to="/share">Read {name}’s letter</AppLink>
          </p>
        </div>
      ) : null}
    </section>
  );
}
