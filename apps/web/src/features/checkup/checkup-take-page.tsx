// Taking the check-up: one part at a time, progress shown, my place kept after every part so I can
// stop and come back (on any of my devices). Nothing is scored until every part has enough answers.
import { checkCheckupAnswers, describeAnswerProblems, latestContentVersion } from '@hearth/core';
import { useEffect, useRef, useState } from 'react';
import { Loading } from '../../components/loading';
import { FormError } from '../../components/notice';
import { Page, useFocusHeadingOnStep } from '../../components/page';
import { todayLocal } from '../../lib/local-today';
import { AppLink, useGo } from '../../lib/navigation';
import { useAction } from '../../lib/use-action';
import { useMe, useSyncSnapshot } from '../../lib/use-session';
import { say } from '../content/content-libraries';
import { discardDraft, finishCheckup, saveDraft } from './checkup-actions';
import { checkupParts, partOfQuestion } from './checkup-parts';
import { myDraft } from './checkup-records';
import { ScaleQuestion } from './scale-question';
import { useCheckupContent } from './use-checkup-content';

export default function CheckupTakePage() {
  const content = useCheckupContent();
  const me = useMe();
  const { records, loaded } = useSyncSnapshot();
  const go = useGo();
  const draft = loaded ? myDraft(records, me.user.id) : null;
  const [answers, setAnswers] = useState<Record<string, number>>({});
  const [part, setPart] = useState(0);
  const [draftId, setDraftId] = useState<string | null>(null);
  const { busy, error, setError, run } = useAction();
  const resumed = useRef(false);
  useFocusHeadingOnStep(part);

  const instrument = content
    ? latestContentVersion(content.checkup.checkupInstruments, 'hearth-checkup')
    : undefined;

  // Pick up where I left off, once, when my draft has synced (only a draft of the current version).
  useEffect(() => {
    if (resumed.current || !loaded || !instrument) return;
    resumed.current = true;
    if (draft && draft.payload.version === instrument.version) {
      setAnswers(draft.payload.answers);
      setPart(draft.payload.part);
      setDraftId(draft.id);
    } else if (draft) void discardDraft(draft.id).catch(() => undefined);
  }, [loaded, instrument, draft]);

  if (!content || !instrument || !loaded) {
    return (
      <Page title="Check-up">
        <Loading />
      </Page>
    );
  }

  const parts = checkupParts(instrument);
  const current = parts[Math.min(part, parts.length - 1)]!;
  const last = part >= parts.length - 1;
  const ref = { id: instrument.id, version: instrument.version };

  const keepPlace = async (nextPart: number) => {
    const id = await saveDraft(ref, answers, nextPart, draftId);
    setDraftId(id);
  };

  const move = (nextPart: number) =>
    run(async () => {
      await keepPlace(nextPart);
      setPart(nextPart);
    });

  const finish = () => {
    const problems = checkCheckupAnswers(instrument, answers);
    if (problems.length > 0) {
      setError(describeAnswerProblems(problems, 'check-up'));
      const first = problems[0];
      if (first && 'dimension' in first) setPart(partOfQuestion(parts, first.dimension));
      else if (first && 'itemId' in first) setPart(partOfQuestion(parts, first.itemId));
      return;
    }
    void run(
      async () => {
        await finishCheckup(ref, answers, todayLocal(), draftId);
        go('/checkup');
      },
      { leavesScreen: true },
    );
  };

  const pauseForLater = () =>
    run(
      async () => {
        await keepPlace(part);
        go('/checkup');
      },
      { leavesScreen: true },
    );

  const scaleOf = (id: string) => instrument.scales.find((scale) => scale.id === id);
  const answeredHere = current.questions.filter((q) => answers[q.id] !== undefined).length;

  return (
    <Page title={`Check-up: ${say(current.title)}`} lead={current.intro ? say(current.intro) : undefined}>
      <div className="checkup-progress">
        <p className="muted" id="checkup-step">
          Part {part + 1} of {parts.length}
        </p>
        <progress max={parts.length} value={part + 1} aria-labelledby="checkup-step" />
      </div>
      {current.private ? (
        <p className="notice notice-info">Private: these answers are never shown to your partner.</p>
      ) : null}
      <form
        className="card stack"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void (last ? finish() : move(part + 1));
        }}
      >
        {current.questions.map((question) => (
          <ScaleQuestion
            key={question.id}
            id={question.id}
            text={say(question.text)}
            scale={scaleOf(question.scale)}
            value={answers[question.id]}
            onChange={(value) => setAnswers((before) => ({ ...before, [question.id]: value }))}
          />
        ))}
        <p className="muted">
          {answeredHere} of {current.questions.length} answered here. You can skip any question.
        </p>
        <FormError message={error} />
        <div className="row-actions">
          <button type="submit" className="btn btn-primary" disabled={busy}>
            {last ? 'See my results' : 'Next'}
          </button>
          {part > 0 ? (
            <button
              type="button"
              className="btn btn-secondary"
              disabled={busy}
              onClick={() => void move(part - 1)}
            >
              Back
            </button>
          ) : null}
          <button
            type="button"
            className="btn btn-quiet"
            disabled={busy}
            onClick={() => void pauseForLater()}
          >
            Pause and finish later
          </button>
        </div>
      </form>
      <p className="aside-link">
        <AppLink to="/checkup">Back to the check-up</AppLink>
      </p>
    </Page>
  );
}
