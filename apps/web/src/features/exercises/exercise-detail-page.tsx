// One exercise before you start: what it is, why it helps (and how sure we are), what to prepare,
// the steps, and two ways to begin: each on your own phone in step, or both around one screen.
import type { Exercise } from '@hearth/content';
import { unlockedStageId } from '@hearth/core';
import { useMemo, useState } from 'react';
import { useParams } from 'react-router';
import { Loading } from '../../components/loading';
import { FormError, Notice } from '../../components/notice';
import { Page } from '../../components/page';
import { AppLink, useGo } from '../../lib/navigation';
import { useAction } from '../../lib/use-action';
import { exerciseLibrary, say } from '../content/content-libraries';
import { NeedsPartner, usePracticeContext } from '../practices/practice-frame';
import { prepareSound } from '../timers/soft-bell';
import { setExerciseFavourite, startExerciseSession } from './exercise-actions';
import { completions, favouriteExerciseIds, timesDone } from './exercise-records';
import { evidenceText, minutesText } from './exercise-text';
import './exercises.css';

function StageChoice({
  exercise,
  unlocked,
  stageId,
  onChange,
}: {
  exercise: Exercise;
  unlocked: string | null;
  stageId: string | null;
  onChange: (id: string) => void;
}) {
  const stages = exercise.stages ?? [];
  const open = stages.findIndex((s) => s.id === unlocked);
  return (
    <fieldset className="radio-group">
      <legend>Which stage</legend>
      {stages.map((stage, index) => (
        <label key={stage.id} className="radio-row">
          <input
            type="radio"
            name="stage"
            disabled={index > open}
            checked={stageId === stage.id}
            onChange={() => onChange(stage.id)}
          />
          <span>
            {say(stage.title)}
            {index > open ? <span className="muted"> — opens when you are both ready</span> : null}
          </span>
        </label>
      ))}
    </fieldset>
  );
}

/** For exercises with parts to pick from (the touch ritual): what to include today. */
function PartsChoice({
  exercise,
  chosen,
  onChange,
}: {
  exercise: Exercise;
  chosen: readonly string[];
  onChange: (ids: string[]) => void;
}) {
  const choices = exercise.stepChoices ?? [];
  return (
    <fieldset className="chip-group">
      <legend>What you would like today</legend>
      {choices.map((choice) => (
        <label key={choice.id} className="chip">
          <input
            type="checkbox"
            checked={chosen.includes(choice.id)}
            onChange={(e) =>
              onChange(
                e.target.checked
                  ? choices.map((c) => c.id).filter((id) => id === choice.id || chosen.includes(id))
                  : chosen.filter((id) => id !== choice.id),
              )
            }
          />
          <span>{say(choice.label)}</span>
        </label>
      ))}
    </fieldset>
  );
}

function ExerciseDetail({ exercise }: { exercise: Exercise }) {
  const ctx = usePracticeContext();
  const go = useGo();
  const shared = ctx?.shared;
  const starred = useMemo(() => favouriteExerciseIds(shared ?? []).has(exercise.id), [shared, exercise.id]);
  const count = useMemo(() => timesDone(shared ?? []).get(exercise.id) ?? 0, [shared, exercise.id]);
  const unlocked = useMemo(
    () => unlockedStageId(exercise, [...completions(shared ?? []).values()]),
    [shared, exercise],
  );
  const [stageId, setStageId] = useState<string | null>(null);
  const [choiceIds, setChoiceIds] = useState<string[]>(() => (exercise.stepChoices ?? []).map((c) => c.id));
  const { busy, error, run } = useAction();
  const chosenStage = stageId ?? unlocked;
  const unchosen = new Set(
    (exercise.stepChoices ?? []).filter((c) => !choiceIds.includes(c.id)).flatMap((c) => c.stepIds),
  );
  const steps = exercise.stages
    ? (exercise.stages.find((s) => s.id === chosenStage)?.steps ?? [])
    : exercise.steps.filter((step) => !unchosen.has(step.id));
  const nothingChosen = exercise.stepChoices !== undefined && choiceIds.length === 0;

  const start = (mode: 'together' | 'one-screen') => {
    if (!ctx) return;
    prepareSound();
    void run(
      async () => {
        const id = await startExerciseSession(exercise, ctx.couple, mode, {
          ...(chosenStage ? { stageId: chosenStage } : {}),
          ...(exercise.stepChoices ? { choiceIds } : {}),
        });
        go(`/exercises/session/${id}`);
      },
      { leavesScreen: true },
    );
  };

  return (
    <>
      <section className="card" aria-labelledby="ex-why">
        <h2 id="ex-why" className="card-title">
          Why this helps
        </h2>
        <p>{say(exercise.purpose.text)}</p>
        <p className="muted">
          {evidenceText[exercise.evidence]} · {minutesText(exercise)}
          {count > 0 ? ` · done together ${count === 1 ? 'once' : `${count} times`}` : ''}
        </p>
        {ctx ? (
          <button
            type="button"
            className="btn btn-quiet btn-small star"
            aria-pressed={starred}
            onClick={() => void setExerciseFavourite(exercise.id, !starred)}
          >
            <span aria-hidden="true">{starred ? '★' : '☆'}</span> Favourite
          </button>
        ) : null}
      </section>
      {exercise.safetyNote ? <Notice tone="info">{say(exercise.safetyNote)}</Notice> : null}
      <section className="card" aria-labelledby="ex-steps">
        <h2 id="ex-steps" className="card-title">
          How it goes
        </h2>
        {exercise.preparation ? <p>{say(exercise.preparation)}</p> : null}
        {exercise.stages ? (
          <StageChoice exercise={exercise} unlocked={unlocked} stageId={chosenStage} onChange={setStageId} />
        ) : null}
        {exercise.stepChoices ? (
          <PartsChoice exercise={exercise} chosen={choiceIds} onChange={setChoiceIds} />
        ) : null}
        <ol className="step-overview" aria-label="The steps">
          {steps.map((step) => (
            <li key={step.id}>{say(step.text)}</li>
          ))}
        </ol>
      </section>
      {exercise.variants.length > 0 ? (
        <section className="card card-quiet" aria-labelledby="ex-variants">
          <h2 id="ex-variants" className="card-title">
            Other ways to do it
          </h2>
          <ul className="plain-list variant-list">
            {exercise.variants.map((variant) => (
              <li key={variant.id}>
                <strong>{say(variant.title)}.</strong> {say(variant.description)}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {ctx ? (
        <section className="card" aria-labelledby="ex-start">
          <h2 id="ex-start" className="card-title">
            Begin
          </h2>
          <div className="stack-actions">
            <button
              type="button"
              className="btn btn-primary btn-block"
              disabled={busy || nothingChosen}
              onClick={() => start('together')}
            >
              Start together
            </button>
            <p className="muted">
              Each on your own phone, in step. If {ctx.couple.partnerName} is not here yet, they can join from
              Today.
            </p>
            <button
              type="button"
              className="btn btn-secondary btn-block"
              disabled={busy || nothingChosen}
              onClick={() => start('one-screen')}
            >
              Start on this screen
            </button>
            <p className="muted">Both of you around one phone or tablet.</p>
          </div>
          {nothingChosen ? <p className="muted">Choose at least one part to begin.</p> : null}
          <FormError message={error} />
        </section>
      ) : (
        <NeedsPartner />
      )}
    </>
  );
}

export default function ExerciseDetailPage() {
  const { exerciseId = '' } = useParams();
  const library = exerciseLibrary.use();
  const exercise = library?.exerciseById.get(exerciseId);
  if (!library) {
    return (
      <Page title="Exercise">
        <Loading />
      </Page>
    );
  }
  if (!exercise) {
    return (
      <Page title="Exercise not found" lead="This exercise is not in the library (any more).">
        <AppLink to="/exercises">See all exercises</AppLink>
      </Page>
    );
  }
  return (
    <Page title={say(exercise.title)} lead={say(exercise.summary)}>
      <ExerciseDetail exercise={exercise} />
      <p className="aside-link">
        <AppLink to="/exercises">All exercises</AppLink>
      </p>
    </Page>
  );
}
