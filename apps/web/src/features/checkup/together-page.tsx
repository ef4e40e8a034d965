// The together view: both partners' shared scores side by side, where we see things alike and
// where not, and a suggested conversation for the biggest gaps. Shown only when both have shared.
import { useMemo } from 'react';
import { AreaLinks } from '../../components/area-links';
import { EmptyState, Loading } from '../../components/loading';
import { Page } from '../../components/page';
import { AppLink } from '../../lib/navigation';
import { say } from '../content/content-libraries';
import { NeedsPartner, usePracticeContext } from '../practices/practice-frame';
import { coupleSummaryOf, togetherState } from './checkup-records';
import { compareSummaries, type PartComparison } from './compare-summaries';
import { useCheckupContent } from './use-checkup-content';

function Pair({ part, partnerName }: { part: PartComparison; partnerName: string }) {
  const score = (value: number | null) => (value === null ? 'not scored' : `${value}`);
  return (
    <li className="score-row">
      <div className="score-head">
        <span className="score-title">{part.title}</span>
        <span className={part.alike ? 'badge' : 'badge badge-accent'}>
          {part.gap === null ? 'one score only' : part.alike ? 'seen alike' : 'seen differently'}
        </span>
      </div>
      <p className="visually-hidden">
        You {score(part.mine)}, {partnerName} {score(part.theirs)} of 100.
      </p>
      <div className="pair-bars" aria-hidden="true">
        <span className="pair-label">You {score(part.mine)}</span>
        <div className="score-track">
          <div className="score-fill" style={{ width: `${part.mine ?? 0}%` }} />
        </div>
        <span className="pair-label">
          {partnerName} {score(part.theirs)}
        </span>
        <div className="score-track">
          <div className="score-fill score-fill-partner" style={{ width: `${part.theirs ?? 0}%` }} />
        </div>
      </div>
    </li>
  );
}

export default function TogetherPage() {
  const ctx = usePracticeContext();
  const content = useCheckupContent();
  const title = 'Check-up together';
  const state = useMemo(
    () => (ctx ? togetherState(ctx.shared, ctx.couple.myId, ctx.couple.partnerId) : null),
    [ctx],
  );
  if (!ctx || !state) {
    return (
      <Page title={title}>
        <NeedsPartner />
      </Page>
    );
  }
  if (!content) {
    return (
      <Page title={title}>
        <Loading />
      </Page>
    );
  }
  const name = ctx.couple.partnerName;
  if (!state.mine) {
    return (
      <Page title={title}>
        <EmptyState title="Share your results to see them side by side">
          {state.partnerWaiting
            ? `${name} has shared their results. When you share yours, you will both see them here.`
            : 'When you both choose to share, your results appear here next to each other.'}{' '}
          <AppLink to="/checkup">Go to your check-up</AppLink>
        </EmptyState>
      </Page>
    );
  }
  if (!state.theirs) {
    return (
      <Page title={title}>
        <EmptyState title="You have shared your results">
          If {name} shares a check-up too, you will both see your results side by side here.
        </EmptyState>
        <p className="aside-link">
          <AppLink to="/checkup">Back to your results</AppLink>
        </p>
      </Page>
    );
  }
  const instrument = content.checkup.checkup;
  const comparison = compareSummaries(
    instrument,
    coupleSummaryOf(state.mine.payload),
    coupleSummaryOf(state.theirs.payload),
  );
  const talk = content.library.exerciseById.get('ex-check-up-talk');
  const titleOf = (id: string) => say(instrument.dimensions.find((d) => d.id === id)?.title ?? { en: id });
  return (
    <Page
      title={title}
      lead={`Your results and ${name}’s, side by side. Different views are normal: they are things to talk about, not to win.`}
    >
      <AreaLinks />
      <section className="card" aria-labelledby="side-by-side">
        <h2 id="side-by-side" className="card-title">
          Side by side
        </h2>
        <ul className="score-list" aria-label={`Your scores and ${name}’s`}>
          {comparison.parts.map((part) => (
            <Pair
              key={part.dimension}
              part={{
                ...part,
                title: titleOf(part.dimension),
              }}
              partnerName={name}
            />
          ))}
        </ul>
      </section>
      <section className="card card-soft" aria-labelledby="talk-about">
        <h2 id="talk-about" className="card-title">
          A conversation to have
        </h2>
        {comparison.talkAbout.length === 0 ? (
          <p>You see every part much alike. Talk about what keeps your strongest parts strong.</p>
        ) : (
          <>
            <p>You see these parts most differently:</p>
            <ul className="plain-list">
              {comparison.talkAbout.map((part) => (
                <li key={part.dimension}>
                  <strong>{titleOf(part.dimension)}</strong> (you {part.mine}, {name} {part.theirs})
                </li>
              ))}
            </ul>
            <p>
              Take one part at a time. Each of you shares a moment that shows why you answered as you did; the
              other listens, then says back what they heard before replying. Curious, not keeping score.
            </p>
          </>
        )}
        {talk ? (
          <p className="muted">A guide for this talk: “{say(talk.title)}”, about 20–30 minutes.</p>
        ) : null}
      </section>
      <p className="aside-link">
        <AppLink to="/plan">See our plan</AppLink>
      </p>
    </Page>
  );
}
