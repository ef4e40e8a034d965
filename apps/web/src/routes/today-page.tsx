// Today: one calm screen — today's practices for the two of us and what my partner has shared
// with me today. Done in two minutes; then it says to put the phone down.
import { useEffect, useMemo } from 'react';
import { Page } from '../components/page';
import { AppLink } from '../lib/navigation';
import { useMyProfile, usePartner } from '../lib/use-people';
import { partnerKeyStatus } from '../features/pairing/partner-identity';
import { useReportDone } from '../features/practices/practice-done';
import {
  usePracticeContext,
  usePracticeHistory,
  type PracticeContext,
} from '../features/practices/practice-frame';
import { checkinOf, gratitudeOf, practiceDates } from '../features/practices/practice-records';
import { localDateOf } from '../lib/local-today';
import { useDailyQuestion, type DailyQuestionState } from '../features/question/use-daily-question';
import { ConnectedWeek } from '../features/today/connected-week';
import { FromPartner } from '../features/today/from-partner';
import { phoneDown, phoneDownText } from '../features/today/phone-down';
import { TodayPractices } from '../features/today/today-practices';
import { PlanTodayLine } from '../features/plan/plan-today-line';
import { questionLibrary } from '../features/content/content-libraries';
import { JoinExerciseCard } from '../features/exercises/join-card';
import { useCoupleFeaturesPaused } from '../features/checkup/use-couple-features-paused';

function greeting(hour: number): string {
  if (hour < 5) return 'Good night';
  if (hour < 12) return 'Good morning';
  if (hour < 18) return 'Good afternoon';
  return 'Good evening';
}

/** The partner has left (unlinked or deleted their account): say so once, kindly, and keep the past. */
function PartnerLeftCard({ partnerName }: { partnerName: string }) {
  return (
    <section className="card" aria-labelledby="partner-left-title">
      <h2 id="partner-left-title" className="card-title">
        {partnerName} is no longer linked with you
      </h2>
      <p>
        What you wrote, and what {partnerName} shared with you, stays here for you to reread. You can export
        it any time, and invite someone new when you are ready; the two are never mixed.
      </p>
      <ul className="link-list">
        <li>
          <AppLink to="/thank-yous">Thank-yous from {partnerName}</AppLink>
        </li>
        <li>
          <AppLink to="/gratitude">Thank-yous you sent</AppLink>
        </li>
        <li>
          <AppLink to="/progress">Progress up to then</AppLink>
        </li>
        <li>
          <AppLink to="/notes">Notes</AppLink>
        </li>
        <li>
          <AppLink to="/export">Export my data</AppLink>
        </li>
      </ul>
      <AppLink to="/partner" className="btn btn-secondary">
        Invite someone new
      </AppLink>
    </section>
  );
}

/** Before there is an active couple: bring the partner in. */
function PartnerCard() {
  const partner = usePartner();
  const history = usePracticeHistory();
  if (history?.ended) return <PartnerLeftCard partnerName={history.couple.partnerName} />;
  if (!partner || partner.couple.status === 'unlinked') {
    return (
      <section className="card" aria-labelledby="partner-card-title">
        <h2 id="partner-card-title" className="card-title">
          Bring your partner in
        </h2>
        <p>Hearth is made for two. Send your partner a private invitation link.</p>
        <AppLink to="/partner" className="btn btn-primary">
          Invite your partner
        </AppLink>
      </section>
    );
  }
  return (
    <section className="card" aria-labelledby="partner-card-title">
      <h2 id="partner-card-title" className="card-title">
        Invitation sent
      </h2>
      <p>When your partner opens your link and joins, your daily practices start here.</p>
      <AppLink to="/partner" className="btn btn-secondary">
        See the invitation
      </AppLink>
    </section>
  );
}

/** Only when there is something to do about the partner's keys: a warning, or a quiet reminder. */
function SafetyCodeLine() {
  const partner = usePartner();
  if (!partner?.member) return null;
  const status = partnerKeyStatus(partner.member.identity, partner.baseline);
  if (status === 'verified') return null;
  if (status === 'changed') {
    return (
      <section className="card card-danger" aria-labelledby="keys-changed">
        <h2 id="keys-changed" className="card-title">
          {partner.name}’s security keys have changed
        </h2>
        <p className="text-warning">Compare your safety code again before sharing anything new.</p>
        <AppLink to="/partner" className="btn btn-secondary">
          Compare safety code
        </AppLink>
      </section>
    );
  }
  return (
    <p className="muted quiet-line">
      Connected with {partner.name} — not verified yet.{' '}
      <AppLink to="/partner">Compare your safety code</AppLink> when you are together.
    </p>
  );
}

function PhoneDownCard({ ctx, question }: { ctx: PracticeContext; question: DailyQuestionState }) {
  const { couple, shared, today } = ctx;
  const day = {
    checkin: !!checkinOf(shared, couple.myId, today),
    question: question.status === 'ready' && !!question.mine,
    gratitude: !!gratitudeOf(shared, couple.myId, today),
  };
  useReportDone(day, today);
  const state = phoneDown(day, new Date().getHours());
  if (!state) return <p className="muted quiet-line">Two minutes is enough. Then put the phone down.</p>;
  return (
    <section className="card phone-down" aria-labelledby="phone-down-title">
      <h2 id="phone-down-title" className="card-title">
        {state === 'day-done' ? 'All done for today' : 'Done for now'}
      </h2>
      <p>{phoneDownText(state, couple.partnerName)}</p>
    </section>
  );
}

/** My latest check-up pointed me to safety: couple practices are set aside here too, quietly. */
function SetAsideCard() {
  return (
    <section className="card card-soft" aria-labelledby="set-aside-title">
      <h2 id="set-aside-title" className="card-title">
        Couple practices are set aside for now
      </h2>
      <p>
        Your check-up suggested support for you first, so Hearth is not asking you to do things together. Only
        you see this. When you feel ready, taking the check-up again brings them back.
      </p>
      <div className="row-actions">
        <AppLink to="/checkup" className="btn btn-secondary">
          Support and your check-up
        </AppLink>
        <AppLink to="/notes" className="btn btn-quiet">
          Your notes
        </AppLink>
      </div>
    </section>
  );
}

function CoupleToday({ ctx }: { ctx: PracticeContext }) {
  const paused = useCoupleFeaturesPaused(ctx.couple.myId);
  const question = useDailyQuestion();
  const events = useMemo(() => {
    const dates = practiceDates(ctx.shared, (iso) => localDateOf(iso));
    // Answering today's question counts too (answers are not records, so add them here).
    if (question.status === 'ready' && question.mine) {
      dates.push({ date: question.date, by: ctx.couple.myId });
      if (question.partnerAnswered) dates.push({ date: question.date, by: ctx.couple.partnerId });
    }
    return dates;
  }, [ctx.shared, ctx.couple.myId, ctx.couple.partnerId, question]);
  if (paused) {
    return (
      <div className="card-grid">
        <SetAsideCard />
      </div>
    );
  }
  return (
    <div className="card-grid">
      <JoinExerciseCard ctx={ctx} />
      <FromPartner ctx={ctx} question={question} />
      <TodayPractices ctx={ctx} question={question} />
      <ConnectedWeek events={events} today={ctx.today} />
      <PhoneDownCard ctx={ctx} question={question} />
      {/* Last: it appears once the check-up library has loaded, and must not push anything down. */}
      <PlanTodayLine />
    </div>
  );
}

export default function TodayPage() {
  const { name } = useMyProfile();
  const ctx = usePracticeContext();
  const hello = greeting(new Date().getHours());
  useEffect(() => {
    // Today's question needs the question library: start fetching it with the screen.
    void questionLibrary.load().catch(() => undefined);
  }, []);
  return (
    <Page title={name ? `${hello}, ${name}` : hello} lead="A few small moments for the two of you.">
      <SafetyCodeLine />
      {ctx ? (
        <CoupleToday ctx={ctx} />
      ) : (
        <div className="card-grid">
          <PartnerCard />
        </div>
      )}
    </Page>
  );
}
