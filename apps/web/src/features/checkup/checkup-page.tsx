// The check-up: start or resume it, then my results: a score per part with a plain reading, the
// two or three things to work on first, what gets in the way, private support when my answers
// call for it, and the choice to share a summary with my partner.
import { retakeStatus, type CheckupResult } from '@hearth/core';
import { AreaLinks } from '../../components/area-links';
import { Loading } from '../../components/loading';
import { FormError, Notice } from '../../components/notice';
import { Page } from '../../components/page';
import { formatDate } from './format';
import { AppLink } from '../../lib/navigation';
import { useAction } from '../../lib/use-action';
import { useMe, useSyncSnapshot } from '../../lib/use-session';
import { say } from '../content/content-libraries';
import { usePracticeContext } from '../practices/practice-frame';
import { shareResults, stopSharing } from './checkup-actions';
import { myCheckupDates, myDraft, sharesBy } from './checkup-records';
import type { ScoredCheckup } from './my-history';
import { ScoreBars } from './score-bars';
import { SupportAdvice } from './support-advice';
import { useCheckupContent, type CheckupContent, type ExerciseContent } from './use-checkup-content';
import { useMyHistory } from './use-my-history';

function StartCard({ content, resumePart }: { content: CheckupContent; resumePart: number | null }) {
  const { checkup } = content;
  return (
    <section className="card" aria-labelledby="checkup-start">
      <h2 id="checkup-start" className="card-title">
        {resumePart === null ? 'A private look at where you stand' : 'Your check-up is waiting'}
      </h2>
      <p>{say(checkup.intro)}</p>
      <p className="muted">{say(checkup.privacyNote)}</p>
      <AppLink to="/checkup/take" className="btn btn-primary">
        {resumePart === null ? 'Start the check-up' : `Continue where you left off (part ${resumePart + 1})`}
      </AppLink>
    </section>
  );
}

function WorkOnFirst({
  content,
  library,
  result,
}: {
  content: CheckupContent;
  library: ExerciseContent;
  result: CheckupResult;
}) {
  if (result.workOnFirst.length === 0) return null;
  return (
    <section className="card" aria-labelledby="work-first">
      <h2 id="work-first" className="card-title">
        What to work on first
      </h2>
      <ol className="plain-list stack">
        {result.workOnFirst.map((entry) => {
          const dimension = content.checkup.dimensions.find((d) => d.id === entry.dimension);
          if (!dimension) return null;
          const band = dimension.bands.find(
            (b) => b.id === result.dimensions.find((d) => d.dimension === entry.dimension)?.band,
          );
          return (
            <li key={entry.dimension}>
              <h3 className="practice-title">{say(dimension.title)}</h3>
              {band ? <p>{say(band.reading)}</p> : null}
              <p className="muted">{say(dimension.workOnFirst.tip)}</p>
              <p className="muted">
                Try:{' '}
                {entry.exerciseIds
                  .map((id) => library.exerciseById.get(id))
                  .filter((exercise) => exercise !== undefined)
                  .map((exercise) => say(exercise.title))
                  .join(' · ')}
              </p>
            </li>
          );
        })}
      </ol>
    </section>
  );
}

function Barriers({ content, result }: { content: CheckupContent; result: CheckupResult }) {
  const items = content.checkup.barriers.items.filter((item) =>
    result.barriers.some((b) => b.barrier === item.barrier),
  );
  if (items.length === 0) return null;
  return (
    <section className="card" aria-labelledby="barriers">
      <h2 id="barriers" className="card-title">
        What gets in the way
      </h2>
      <ul className="plain-list">
        {items.map((item) => (
          <li key={item.id}>
            {say(item.reading)}
            {item.sensitive ? <span className="muted"> (kept private even when you share)</span> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}

function ShareCard({ latest, partnerName }: { latest: ScoredCheckup; partnerName: string }) {
  const me = useMe();
  const ctx = usePracticeContext();
  const { busy, error, run } = useAction();
  if (!ctx) return null;
  const mine = sharesBy(ctx.shared, me.user.id);
  const sharedThis = mine.some((share) => share.payload.takenOn === latest.record.payload.takenOn);
  return (
    <section className="card card-soft" aria-labelledby="share-results">
      <h2 id="share-results" className="card-title">
        Share with {partnerName}?
      </h2>
      {sharedThis ? (
        <>
          <p>
            You shared your scores and what to work on first. {partnerName} sees them side by side with theirs
            once they share too. Your answers and the private part stay with you.
          </p>
          <div className="row-actions">
            <AppLink to="/checkup/together" className="btn btn-primary">
              See the together view
            </AppLink>
            <button
              type="button"
              className="btn btn-quiet"
              disabled={busy}
              onClick={() => void run(() => stopSharing(mine))}
            >
              Stop sharing
            </button>
          </div>
        </>
      ) : (
        <>
          <p>
            Only if you want to. {partnerName} would see your score for each part and what to work on first —
            never your answers, and never the private part.
          </p>
          <button
            type="button"
            className="btn btn-primary"
            disabled={busy}
            onClick={() => void run(() => shareResults(latest.result, latest.record.payload.takenOn))}
          >
            Share my results with {partnerName}
          </button>
        </>
      )}
      <FormError message={error} />
    </section>
  );
}

export default function CheckupPage() {
  const content = useCheckupContent();
  const me = useMe();
  const ctx = usePracticeContext();
  const { records, loaded } = useSyncSnapshot();
  const history = useMyHistory(content?.checkup ?? null, me.user.id);
  const title = 'Check-up';
  if (!content || !history || !loaded) {
    return (
      <Page title={title}>
        <Loading />
      </Page>
    );
  }
  const draft = myDraft(records, me.user.id);
  const latest = history.checkups.at(-1);
  const instrument =
    content.checkup.checkupInstruments.find(
      (i) => i.id === latest?.result.instrumentId && i.version === latest.result.version,
    ) ?? content.checkup.checkup;
  const safety = history.routes.includes('safety');
  const retake = retakeStatus(
    myCheckupDates(records, me.user.id),
    ctx?.today ?? latest?.record.payload.takenOn ?? '',
  );

  if (!latest) {
    return (
      <Page title={title} lead="About ten minutes, just for you.">
        <AreaLinks />
        {history.unreadable.map((entry) => (
          <Notice key={entry.recordId} tone="warning">
            {entry.message}
          </Notice>
        ))}
        <StartCard content={content.checkup} resumePart={draft ? draft.payload.part : null} />
      </Page>
    );
  }
  return (
    <Page
      title="Your check-up results"
      lead={`Taken on ${formatDate(latest.record.payload.takenOn)}. Only you can see this page.`}
    >
      <AreaLinks />
      <SupportAdvice
        instrument={instrument}
        resources={content.checkup.safetyResources}
        routes={history.routes}
      />
      <section className="card" aria-labelledby="scores">
        <h2 id="scores" className="card-title">
          Where you stand, part by part
        </h2>
        <ScoreBars instrument={instrument} scores={latest.result.dimensions} label="Your scores" />
        <p className="muted">{say(instrument.validation)}</p>
      </section>
      {safety ? null : (
        <WorkOnFirst content={content.checkup} library={content.library} result={latest.result} />
      )}
      <Barriers content={content.checkup} result={latest.result} />
      {safety || !ctx ? null : <ShareCard latest={latest} partnerName={ctx.couple.partnerName} />}
      <section className="card card-quiet" aria-labelledby="retake">
        <h2 id="retake" className="card-title">
          Next check-up
        </h2>
        <p>
          {retake.state === 'due'
            ? 'A month has passed: a good time to see what has changed.'
            : retake.state === 'not-yet'
              ? `A new check-up is suggested from ${formatDate(retake.dueOn)}, once a month.`
              : ''}
        </p>
        <AppLink to="/checkup/take" className="btn btn-secondary">
          {draft ? `Continue the new check-up (part ${draft.payload.part + 1})` : 'Take a new check-up'}
        </AppLink>
      </section>
    </Page>
  );
}
