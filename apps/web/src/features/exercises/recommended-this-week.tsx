// "Recommended this week": this week's plan practices, above the search, only while a plan week
// is running. A short list of links; the plan itself lives on the plan screen.
import { AppLink } from '../../lib/navigation';
import { say } from '../content/content-libraries';
import type { ExerciseContent } from '../checkup/use-checkup-content';
import { reasonLabel } from '../plan/plan-wording';
import { useCurrentPlanWeek } from '../plan/use-plan';

export function RecommendedThisWeek({ library }: { library: ExerciseContent }) {
  const week = useCurrentPlanWeek();
  const practices = (week?.practices ?? []).flatMap((practice) => {
    const exercise = library.exerciseById.get(practice.exerciseId);
    return exercise ? [{ ...practice, title: say(exercise.title) }] : [];
  });
  if (practices.length === 0) return null;
  return (
    <section className="card card-soft recommended" aria-labelledby="recommended-title">
      <h2 id="recommended-title" className="card-title">
        Recommended this week
      </h2>
      <ul className="recommended-list">
        {practices.map((practice) => (
          <li key={practice.exerciseId}>
            <AppLink to={`/exercises/${practice.exerciseId}`}>{practice.title}</AppLink>
            <span className="muted">
              {' '}
              — {reasonLabel[practice.reason]}
              {practice.done ? ' · done this week' : ''}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
