// Guided exercises: browse and search by what you want from it, how long you have, and who you
// are; favourites first; "recommended this week" when there is a plan.
import type { DurationBucket, Exercise, ExerciseQuery } from '@hearth/content';
import { useMemo, useState } from 'react';
import { Field } from '../../components/field';
import { EmptyState, Loading } from '../../components/loading';
import { Page } from '../../components/page';
import { AppLink } from '../../lib/navigation';
import { exerciseLibrary, say } from '../content/content-libraries';
import { usePracticeContext } from '../practices/practice-frame';
import { favouriteExerciseIds, timesDone } from './exercise-records';
import { RecommendedThisWeek } from './recommended-this-week';
import { minutesText } from './exercise-text';
import './exercises.css';

const purposes = [
  ['feel-closer', 'Feel closer'],
  ['talk-deeper', 'Talk deeper'],
  ['touch', 'Touch'],
  ['after-a-fight', 'After a fight'],
  ['fun', 'Fun'],
] as const;

const durations: [DurationBucket | 'any', string][] = [
  ['any', 'Any length'],
  ['up-to-5', 'Up to 5 minutes'],
  ['5-to-15', '5 to 15 minutes'],
  ['15-plus', 'Longer'],
];

const audiences = [
  ['introvert', 'Quieter people'],
  ['with-kids', 'With kids'],
  ['long-distance', 'Long distance'],
] as const;

function toggle<T>(list: readonly T[], value: T): T[] {
  return list.includes(value) ? list.filter((v) => v !== value) : [...list, value];
}

function ExerciseCard({ exercise, starred, count }: { exercise: Exercise; starred: boolean; count: number }) {
  return (
    <li className="card exercise-card">
      <h2 className="card-title">
        <AppLink to={`/exercises/${exercise.id}`}>{say(exercise.title)}</AppLink>
        {starred ? (
          <span className="badge badge-accent exercise-star">
            <span aria-hidden="true">★</span> Favourite
          </span>
        ) : null}
      </h2>
      <p>{say(exercise.summary)}</p>
      <p className="muted exercise-meta">
        {minutesText(exercise)}
        {count > 0 ? ` · done together ${count === 1 ? 'once' : `${count} times`}` : ''}
      </p>
    </li>
  );
}

export default function ExercisesPage() {
  const library = exerciseLibrary.use();
  const ctx = usePracticeContext();
  const [text, setText] = useState('');
  const [chosenPurposes, setPurposes] = useState<string[]>([]);
  const [duration, setDuration] = useState<DurationBucket | 'any'>('any');
  const [suits, setSuits] = useState<string[]>([]);
  const [favouritesOnly, setFavouritesOnly] = useState(false);

  const shared = ctx?.shared;
  const favourites = useMemo(() => favouriteExerciseIds(shared ?? []), [shared]);
  const counts = useMemo(() => timesDone(shared ?? []), [shared]);
  const found = useMemo(() => {
    if (!library) return null;
    const query: ExerciseQuery = {
      text,
      purposes: chosenPurposes as ExerciseQuery['purposes'],
      durations: duration === 'any' ? [] : [duration],
      suits: suits as ExerciseQuery['suits'],
      favourites: [...favourites],
      favouritesFirst: true,
      favouritesOnly,
    };
    return library.findExercises(library.exercises, query);
  }, [library, text, chosenPurposes, duration, suits, favourites, favouritesOnly]);

  const filtersOn = text !== '' || chosenPurposes.length > 0 || duration !== 'any' || suits.length > 0;
  return (
    <Page
      title="Guided exercises"
      lead="Step by step, with a calm timer. Do them side by side or on one screen."
    >
      {library && ctx ? <RecommendedThisWeek library={library} /> : null}
      <section className="card exercise-filters" aria-label="Find an exercise">
        <Field
          label="Search"
          type="search"
          value={text}
          onChange={(e) => setText(e.target.value)}
          placeholder="hug, listen, repair…"
        />
        <fieldset className="chip-group">
          <legend>What for</legend>
          {purposes.map(([value, label]) => (
            <label key={value} className="chip">
              <input
                type="checkbox"
                checked={chosenPurposes.includes(value)}
                onChange={() => setPurposes(toggle(chosenPurposes, value))}
              />
              <span>{label}</span>
            </label>
          ))}
        </fieldset>
        <fieldset className="chip-group">
          <legend>How long</legend>
          {durations.map(([value, label]) => (
            <label key={value} className="chip">
              <input
                type="radio"
                name="exercise-duration"
                checked={duration === value}
                onChange={() => setDuration(value)}
              />
              <span>{label}</span>
            </label>
          ))}
        </fieldset>
        <fieldset className="chip-group">
          <legend>Works well for</legend>
          {audiences.map(([value, label]) => (
            <label key={value} className="chip">
              <input
                type="checkbox"
                checked={suits.includes(value)}
                onChange={() => setSuits(toggle(suits, value))}
              />
              <span>{label}</span>
            </label>
          ))}
          <label className="chip">
            <input
              type="checkbox"
              checked={favouritesOnly}
              onChange={(e) => setFavouritesOnly(e.target.checked)}
            />
            <span>Our favourites</span>
          </label>
        </fieldset>
      </section>
      {!found ? (
        <Loading label="Loading the exercises…" />
      ) : (
        <>
          <p className="muted" role="status" aria-live="polite">
            {found.length === 1 ? '1 exercise' : `${found.length} exercises`}
            {filtersOn || favouritesOnly ? ' match' : ''}
          </p>
          {found.length === 0 ? (
            <EmptyState title="Nothing matches all of that">
              {favouritesOnly && favourites.size === 0
                ? 'Star an exercise you like and it will show here.'
                : 'Try fewer filters or another word.'}
            </EmptyState>
          ) : (
            <ul className="plain-list exercise-list" aria-label="Exercises">
              {found.map((exercise) => (
                <ExerciseCard
                  key={exercise.id}
                  exercise={exercise}
                  starred={favourites.has(exercise.id)}
                  count={counts.get(exercise.id) ?? 0}
                />
              ))}
            </ul>
          )}
        </>
      )}
    </Page>
  );
}
