// The player: one step at a time in large calm type, a ring for the step's timer, whose turn it
// is, and the controls. Both phones show the same moment because both derive it from the same
// event log and their clocks (docs/exercises.md); every control is an event either may send.
import type { Exercise } from '@hearth/content';
import { contentStepFor, sessionOutcome, type SessionView } from '@hearth/core';
import { useEffect, useRef, useState } from 'react';
import { useParams } from 'react-router';
import { Loading } from '../../components/loading';
import { FormError } from '../../components/notice';
import { Page } from '../../components/page';
import { AppLink } from '../../lib/navigation';
import { useAction } from '../../lib/use-action';
import { useMyProfile } from '../../lib/use-people';
import { exerciseLibrary, say } from '../content/content-libraries';
import { logTouch } from '../practices/practice-actions';
import { usePracticeContext } from '../practices/practice-frame';
import { ambientPlaying, startAmbient, stopAmbient } from '../timers/ambient-tone';
import { clockText, spokenTime } from '../timers/countdown';
import { ProgressRing } from '../timers/progress-ring';
import { playSoftBell, prepareSound } from '../timers/soft-bell';
import { useWakeLock } from '../timers/use-wake-lock';
import { logSessionOutcome, sendSessionEvent, type EventInput } from './exercise-actions';
import type { LiveSession } from './exercise-records';
import { rolesText } from './exercise-text';
import { FeedbackCard } from './feedback-card';
import { useExerciseSession } from './use-exercise-session';
import './exercises.css';

interface PlayerProps {
  exercise: Exercise;
  live: LiveSession;
  view: SessionView;
  myId: string;
  /** How this screen calls me: "You" on my own phone, my name on a screen we share. */
  myName: string;
  partnerName: string;
}

/** A soft bell (and a short buzz) as a timed step ends, on both phones, from the same view. */
function useStepCues(view: SessionView, live: LiveSession): void {
  const previous = useRef<{ position: number; phase: string; cue?: string; timed: boolean } | null>(null);
  useEffect(() => {
    const before = previous.current;
    previous.current = {
      position: view.position,
      phase: view.phase,
      cue: view.step?.cue,
      timed: view.lengthMs !== null,
    };
    if (!before || before.phase === 'not-started') return;
    const moved = view.position !== before.position || (view.phase === 'done' && before.phase !== 'done');
    if (moved && before.timed && before.cue === 'soft-bell') {
      playSoftBell();
      navigator.vibrate?.(180);
    }
  }, [view.position, view.phase, view.step?.cue, view.lengthMs, live.session.id]);
}

/** Words for screen readers at the moments that matter, not every second. */
function useAnnouncement(view: SessionView, stepText: string): string {
  const [text, setText] = useState('');
  const lastKey = useRef('');
  const seconds = view.remainingMs === null ? null : Math.ceil(view.remainingMs / 1000);
  const mark = seconds !== null && view.phase === 'running' && [60, 30, 10].find((m) => seconds === m);
  useEffect(() => {
    const key = `${view.position}:${view.phase}:${mark ?? ''}`;
    if (key === lastKey.current) return;
    lastKey.current = key;
    if (view.phase === 'done') setText('The exercise is finished.');
    else if (view.phase === 'paused') setText('Paused.');
    else if (view.phase === 'waiting-for-both-ready')
      setText('The next stage opens when you are both ready.');
    else if (mark) setText(`${spokenTime(mark)} left.`);
    else if (view.step) setText(`Step ${view.stepNumber} of ${view.stepCount}. ${stepText}`);
  }, [view.position, view.phase, view.step, view.stepNumber, view.stepCount, mark, stepText]);
  return text;
}

function Player({ exercise, live, view, myId, myName, partnerName }: PlayerProps) {
  const { error, run } = useAction();
  const [ambient, setAmbient] = useState(ambientPlaying);
  const { session, mode } = live;
  const partnerId = session.members.find((m) => m !== myId) ?? '';
  const names = (id: string) => (id !== myId ? partnerName : mode === 'together' ? 'You' : myName);
  const step = view.step ? contentStepFor(exercise, session, view.step) : undefined;
  const stepText = step ? say(step.text) : '';
  const announcement = useAnnouncement(view, stepText);
  useStepCues(view, live);
  useWakeLock(view.phase !== 'done' && view.phase !== 'not-started');
  useEffect(() => () => stopAmbient(), []);

  const send = (input: EventInput, by = myId) => {
    prepareSound();
    void run(() => sendSessionEvent(session.id, by, input));
  };
  const toggleAmbient = (on: boolean) => {
    if (on) setAmbient(startAmbient());
    else {
      stopAmbient();
      setAmbient(false);
    }
  };

  const stage = exercise.stages?.find((s) => s.id === view.stageId);
  const roles = rolesText(view.roles, names);
  const seconds = view.remainingMs === null ? null : Math.ceil(view.remainingMs / 1000);
  const position = view.position;

  return (
    <section className="card player" aria-label="Exercise player">
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
      {stage ? <p className="player-stage">{say(stage.title)}</p> : null}
      {view.phase === 'not-started' ? (
        <div className="stack">
          {exercise.preparation ? <p className="step-text">{say(exercise.preparation)}</p> : null}
          <p className="muted">
            {mode === 'together'
              ? `If ${partnerName} is not here yet, they can join from Today. The timer starts for both of you when either presses Begin.`
              : 'Sit together where you can both see the screen.'}
          </p>
          <div className="row-actions player-controls">
            <button type="button" className="btn btn-primary" onClick={() => send({ type: 'start' })}>
              Begin
            </button>
          </div>
        </div>
      ) : view.phase === 'done' ? (
        <div className="stack">
          <p className="calm-done">That’s it. Thank you both.</p>
          {exercise.afterwards ? <p>{say(exercise.afterwards)}</p> : null}
          {exercise.layer === 'affection' ? <CountAsTouch /> : null}
          <FeedbackCard
            sessionId={session.id}
            exerciseId={exercise.id}
            myId={myId}
            partnerName={partnerName}
          />
          <p className="aside-link">
            <AppLink to="/exercises">More exercises</AppLink> · <AppLink to="/">Back to Today</AppLink>
          </p>
        </div>
      ) : view.phase === 'waiting-for-both-ready' && view.gate ? (
        <div className="stack player-gate">
          <p className="step-text">
            Next:{' '}
            {say(
              exercise.stages?.find((s) => s.id === view.gate!.stageId)?.title ?? { en: 'the next stage' },
            )}
          </p>
          <p className="muted">
            It opens only when you both say you are ready. Stopping here is just as good — there is no rush.
          </p>
          <div className="row-actions player-controls">
            {(mode === 'together' ? [myId] : [myId, partnerId]).map((member) => {
              const ready = view.gate!.ready.includes(member);
              const label =
                mode === 'together' ? 'I’m ready' : `${member === myId ? myName : partnerName} is ready`;
              return (
                <button
                  key={member}
                  type="button"
                  className="btn btn-primary"
                  aria-pressed={ready}
                  disabled={ready}
                  onClick={() => send({ type: 'ready', stageId: view.gate!.stageId }, member)}
                >
                  {ready ? `${label} ✓` : label}
                </button>
              );
            })}
            <button type="button" className="btn btn-quiet" onClick={() => send({ type: 'finish' })}>
              End here for today
            </button>
          </div>
          {mode === 'together' && view.gate.ready.includes(myId) ? (
            <p className="muted">Waiting for {partnerName}.</p>
          ) : null}
        </div>
      ) : (
        <div className="player-step">
          <p className="step-count">
            Step {view.stepNumber} of {view.stepCount}
          </p>
          {roles ? <p className="player-roles">{roles}</p> : null}
          <p className="step-text player-text">{stepText}</p>
          {seconds !== null ? (
            <ProgressRing fraction={view.stepFraction} size="large">
              <span
                className="ring-time"
                role="timer"
                aria-label={`${spokenTime(seconds)} left in this step`}
              >
                {clockText(seconds)}
              </span>
            </ProgressRing>
          ) : null}
          {view.step?.secondsOptions ? (
            <fieldset className="chip-group" aria-label="How long">
              {view.step.secondsOptions.map((option) => (
                <label key={option} className="chip">
                  <input
                    type="radio"
                    name="step-length"
                    checked={view.lengthMs === option * 1000}
                    onChange={() => send({ type: 'choose-length', position, seconds: option })}
                  />
                  <span>{Math.round(option / 60)} min</span>
                </label>
              ))}
            </fieldset>
          ) : null}
          {view.phase === 'paused' ? <p className="muted">Paused</p> : null}
          <div className="row-actions player-controls">
            {view.phase === 'running' ? (
              <button type="button" className="btn btn-secondary" onClick={() => send({ type: 'pause' })}>
                Pause
              </button>
            ) : view.phase === 'paused' ? (
              <button type="button" className="btn btn-primary" onClick={() => send({ type: 'resume' })}>
                Resume
              </button>
            ) : null}
            <button
              type="button"
              className={view.phase === 'waiting-for-next' ? 'btn btn-primary' : 'btn btn-quiet'}
              onClick={() => send({ type: view.phase === 'waiting-for-next' ? 'next' : 'skip', position })}
            >
              {view.phase === 'waiting-for-next' ? 'Next step' : 'Skip this step'}
            </button>
            {view.canGoBack ? (
              <button
                type="button"
                className="btn btn-quiet"
                onClick={() => send({ type: 'back', position })}
              >
                Back
              </button>
            ) : null}
          </div>
          <div className="player-footer">
            <label className="checkbox-row">
              <input type="checkbox" checked={ambient} onChange={(e) => toggleAmbient(e.target.checked)} />
              <span>Soft background tone</span>
            </label>
            <button
              type="button"
              className="btn btn-quiet btn-small"
              onClick={() => send({ type: 'finish' })}
            >
              End the exercise
            </button>
          </div>
        </div>
      )}
      <FormError message={error} />
    </section>
  );
}

/** After a touch exercise: count it toward today's six, if you like (one tap, once). */
function CountAsTouch() {
  const ctx = usePracticeContext();
  const [logged, setLogged] = useState(false);
  if (!ctx) return null;
  return (
    <button
      type="button"
      className="btn btn-secondary"
      disabled={logged}
      onClick={() => void logTouch(ctx.today, 'cuddle').then(() => setLogged(true))}
    >
      {logged ? 'Added to today’s touches' : 'Add it to today’s touches'}
    </button>
  );
}

/** Writes the couple's log entry once the session has ended, from whichever phone sees it first. */
function useLogOutcome(live: LiveSession | null, view: SessionView | null, logged: boolean, now: number) {
  const sent = useRef(false);
  useEffect(() => {
    if (!live || view?.phase !== 'done' || logged || sent.current) return;
    const outcome = sessionOutcome(live.session, now);
    if (!outcome) return;
    sent.current = true;
    void logSessionOutcome(outcome).catch(() => {
      sent.current = false;
    });
  }, [live, view?.phase, logged, now]);
}

export default function ExercisePlayerPage() {
  const { sessionId = '' } = useParams();
  const ctx = usePracticeContext();
  const { name } = useMyProfile();
  const library = exerciseLibrary.use();
  const { live, view, now, logged, loaded } = useExerciseSession(sessionId);
  useLogOutcome(live, view, logged, now);
  const exercise = live ? library?.exerciseById.get(live.session.exerciseId) : undefined;

  if (!exercise || !live || !view || !ctx) {
    const missing = loaded && library && ctx && !live;
    return (
      <Page title={missing ? 'Exercise not found' : 'Exercise'}>
        {missing ? (
          <p>
            This exercise session is not here (yet). If your partner just started it, give it a moment.{' '}
            <AppLink to="/exercises">See all exercises</AppLink>
          </p>
        ) : (
          <Loading label="Getting the exercise ready…" />
        )}
      </Page>
    );
  }
  return (
    <Page title={say(exercise.title)}>
      <Player
        exercise={exercise}
        live={live}
        view={view}
        myId={ctx.couple.myId}
        myName={name ?? 'You'}
        partnerName={ctx.couple.partnerName}
      />
    </Page>
  );
}
