// On Today: the partner has started an exercise together — join it from here.
import { useMemo } from 'react';
import { AppLink } from '../../lib/navigation';
import { exerciseLibrary, say } from '../content/content-libraries';
import type { PracticeContext } from '../practices/practice-frame';
import { completions, sessionsFrom, sessionToJoin, type LiveSession } from './exercise-records';

export function JoinExerciseCard({ ctx }: { ctx: PracticeContext }) {
  const { shared, couple } = ctx;
  const waiting = useMemo(
    () => sessionToJoin(sessionsFrom(shared), completions(shared), couple.myId, Date.now()),
    [shared, couple.myId],
  );
  // The exercise library loads only when there is something to join.
  return waiting ? <JoinCard waiting={waiting} partnerName={couple.partnerName} /> : null;
}

function JoinCard({ waiting, partnerName }: { waiting: LiveSession; partnerName: string }) {
  const library = exerciseLibrary.use();
  const exercise = library?.exerciseById.get(waiting.session.exerciseId);
  return (
    <section className="card card-soft" aria-labelledby="join-exercise">
      <h2 id="join-exercise" className="card-title">
        {partnerName} started an exercise
      </h2>
      <p>{exercise ? say(exercise.title) : 'A guided exercise for the two of you.'}</p>
      <AppLink to={`/exercises/session/${waiting.session.id}`} className="btn btn-primary">
        Join
      </AppLink>
    </section>
  );
}
