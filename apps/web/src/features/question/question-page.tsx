// Today's question: the same for both of us. Each answers privately; both answers unlock
// together once both have answered (the server holds the partner's back until mine is in).
import { Loading } from '../../components/loading';
import { Notice } from '../../components/notice';
import { Page } from '../../components/page';
import { AppLink } from '../../lib/navigation';
import { useOnline } from '../../lib/use-online';
import { questionLibrary, say } from '../content/content-libraries';
import { setFavourite, skipQuestion } from '../practices/practice-actions';
import { BackToToday, NeedsPartner, usePracticeContext } from '../practices/practice-frame';
import { starredQuestionIds } from '../practices/practice-records';
import { AnswerForm } from './answer-form';
import { RevealPanel } from './reveal-panel';
import { useDailyQuestion, type DailyQuestionReady } from './use-daily-question';

function QuestionStatus({ state }: { state: DailyQuestionReady }) {
  const online = useOnline();
  const name = state.couple.partnerName;
  if (state.revealed) return <RevealPanel state={state} />;
  if (state.mine) {
    return (
      <div className="stack">
        <Notice tone="info" title={`Your answer is saved. It unlocks when ${name} answers.`}>
          {state.minePending ? (
            <p>It is kept on this device and will be sent when you are back online.</p>
          ) : state.partnerAnswered && online ? (
            <p>Opening both answers…</p>
          ) : null}
        </Notice>
        <section className="answer" aria-labelledby="answer-mine-only">
          <h3 id="answer-mine-only" className="answer-who">
            Your answer
          </h3>
          <p className="quote-text">{state.mine.text}</p>
        </section>
      </div>
    );
  }
  return (
    <div className="stack">
      {state.partnerAnswered ? (
        <Notice tone="info" title="Waiting for you">
          <p>{name} has answered. Write yours to see both.</p>
        </Notice>
      ) : null}
      <AnswerForm state={state} />
      {!state.partnerAnswered && state.checked ? (
        <div className="skip-row">
          <button
            type="button"
            className="btn btn-quiet btn-small"
            onClick={() => void skipQuestion(state.date, state.question.id)}
          >
            Skip this question
          </button>
          <p className="muted">Skipping moves both of you to another question.</p>
        </div>
      ) : null}
    </div>
  );
}

function Favourites() {
  const ctx = usePracticeContext();
  const library = questionLibrary.use();
  if (!ctx || !library) return null;
  const starred = starredQuestionIds(ctx.shared);
  const list = library.questions.filter((q) => starred.has(q.id));
  if (list.length === 0) return null;
  return (
    <section className="section" aria-labelledby="q-favourites">
      <h2 id="q-favourites" className="section-title">
        Our favourites
      </h2>
      <ul className="plain-list favourite-list" aria-label="Our favourite questions">
        {list.map((q) => (
          <li key={q.id}>{say(q.text)}</li>
        ))}
      </ul>
    </section>
  );
}

export default function QuestionPage() {
  const state = useDailyQuestion();
  const lead = 'The same question for both of you. Your answers unlock together once you have both answered.';
  if (state.status === 'no-couple') {
    return (
      <Page title="Today’s question" lead={lead}>
        <NeedsPartner />
        <BackToToday />
      </Page>
    );
  }
  return (
    <Page title="Today’s question" lead={lead}>
      <section
        className="card question-card"
        aria-labelledby={state.status === 'ready' ? 'q-text' : undefined}
        aria-label={state.status === 'ready' ? undefined : 'Today’s question'}
      >
        {state.status === 'loading' ? (
          <Loading label="Finding today’s question…" />
        ) : (
          <>
            <div className="question-head">
              <h2 id="q-text" className="question-text">
                {say(state.question.text)}
              </h2>
              <button
                type="button"
                className="btn btn-quiet btn-small star"
                aria-pressed={state.starred}
                onClick={() => void setFavourite(state.question.id, !state.starred)}
              >
                <span aria-hidden="true">{state.starred ? '★' : '☆'}</span> Favourite
              </button>
            </div>
            {state.problem ? (
              <Notice tone="warning">
                Something in this answer could not be verified and was not shown.
              </Notice>
            ) : null}
            <QuestionStatus state={state} />
          </>
        )}
      </section>
      <Favourites />
      <p className="muted">
        <AppLink to="/settings#question-choices">Choose how deep your questions go</AppLink>
      </p>
      <BackToToday />
    </Page>
  );
}
