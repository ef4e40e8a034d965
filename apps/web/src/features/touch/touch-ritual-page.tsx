// The two-minute touch ritual, step by step with a calm timer per step (exercise
// ex-daily-touch-ritual from the content library). Either of you can pause at any moment.
import type { Exercise, ExerciseStep } from '@hearth/content';
import { useEffect, useState } from 'react';
import { Loading } from '../../components/loading';
import { Page } from '../../components/page';
import { exerciseLibrary, say } from '../content/content-libraries';
import { logTouch } from '../practices/practice-actions';
import { BackToToday, usePracticeContext } from '../practices/practice-frame';
import { clockText, fractionDone, spokenTime } from '../timers/countdown';
import { ProgressRing } from '../timers/progress-ring';
import { nextState, previousState, type SequenceState } from '../timers/step-sequence';
import { useCountdown } from '../timers/use-countdown';
import { useWakeLock } from '../timers/use-wake-lock';

export const TOUCH_RITUAL_ID = 'ex-daily-touch-ritual';

function roleText(step: ExerciseStep): string | null {
  if (step.role === 'toucher') return step.swapRoles ? 'Swap roles' : 'One of you gives, the other receives';
  if (step.role === 'both') return 'Together';
  return null;
}

function RitualRunner({ exercise }: { exercise: Exercise }) {
  const steps = exercise.steps;
  const ctx = usePracticeContext();
  const [state, setState] = useState<SequenceState>({ phase: 'ready' });
  const [logged, setLogged] = useState(false);
  const step = state.phase === 'step' ? steps[state.index] : undefined;
  const timer = useCountdown(step?.seconds ?? 0, {
    onDone: () => setState((s) => nextState(steps, s)),
  });
  useWakeLock(state.phase === 'step');

  // Each new step starts its own countdown straight away; untimed steps wait for "Next step".
  const { restart, reset } = timer;
  useEffect(() => {
    if (state.phase !== 'step') return;
    const seconds = steps[state.index]?.seconds;
    if (seconds) restart(seconds);
    else reset(0);
  }, [state, steps, restart, reset]);

  if (state.phase === 'ready') {
    return (
      <div className="stack">
        {exercise.preparation ? <p>{say(exercise.preparation)}</p> : null}
        {exercise.safetyNote ? <p className="muted">{say(exercise.safetyNote)}</p> : null}
        <ol className="step-overview" aria-label="The steps">
          {steps.map((s) => (
            <li key={s.id}>{say(s.text)}</li>
          ))}
        </ol>
        <div className="row-actions">
          <button type="button" className="btn btn-primary" onClick={() => setState(nextState(steps, state))}>
            Begin the ritual
          </button>
        </div>
      </div>
    );
  }

  if (state.phase === 'done' || !step) {
    return (
      <div className="stack">
        <p className="calm-done">That’s the ritual. Thank you both.</p>
        {exercise.afterwards ? <p>{say(exercise.afterwards)}</p> : null}
        <div className="row-actions">
          {ctx ? (
            <button
              type="button"
              className="btn btn-primary"
              disabled={logged}
              onClick={() => void logTouch(ctx.today, 'cuddle').then(() => setLogged(true))}
            >
              {logged ? 'Added to today’s touches' : 'Add it to today’s touches'}
            </button>
          ) : null}
          <button type="button" className="btn btn-quiet" onClick={() => setState({ phase: 'ready' })}>
            Start again
          </button>
        </div>
      </div>
    );
  }

  const index = state.phase === 'step' ? state.index : 0;
  return (
    <div className="ritual-step">
      <p className="step-count">
        Step {index + 1} of {steps.length}
        {roleText(step) ? <span className="badge">{roleText(step)}</span> : null}
      </p>
      <p className="step-text" aria-live="polite">
        {say(step.text)}
      </p>
      {step.seconds ? (
        <ProgressRing fraction={fractionDone(timer.total, timer.left)} size="large">
          <span className="ring-time" role="timer" aria-label={`${spokenTime(timer.left)} left in this step`}>
            {clockText(timer.left)}
          </span>
        </ProgressRing>
      ) : null}
      <div className="row-actions">
        {step.seconds ? (
          timer.running ? (
            <button type="button" className="btn btn-secondary" onClick={timer.pause}>
              Pause
            </button>
          ) : (
            <button type="button" className="btn btn-secondary" onClick={timer.start}>
              Carry on
            </button>
          )
        ) : null}
        <button type="button" className="btn btn-primary" onClick={() => setState(nextState(steps, state))}>
          Next step
        </button>
        <button type="button" className="btn btn-quiet" onClick={() => setState(previousState(state))}>
          Previous step
        </button>
      </div>
    </div>
  );
}

export default function TouchRitualPage() {
  const library = exerciseLibrary.use();
  const exercise = library?.exerciseById.get(TOUCH_RITUAL_ID);
  return (
    <Page
      title={exercise ? say(exercise.title) : 'Two-minute touch ritual'}
      lead={exercise ? say(exercise.summary) : undefined}
    >
      <section className="card" aria-label="Ritual">
        {exercise ? <RitualRunner exercise={exercise} /> : <Loading />}
      </section>
      <BackToToday />
    </Page>
  );
}
