// This week of our plan: why it looks as it does, its practices (with what is done), and the ways
// to adjust it: swap a practice, take the week off, or go slower.
import { swapOptions, type PlanAdjustment, type PlanInput, type PlanWeek } from '@hearth/core';
import { useState } from 'react';
import { FormError } from '../../components/notice';
import { AppLink } from '../../lib/navigation';
import { useAction } from '../../lib/use-action';
import { say } from '../content/content-libraries';
import type { ExerciseContent } from '../checkup/use-checkup-content';
import { formatDate } from '../checkup/format';
import { adjustPlan } from './plan-actions';
import { paceFrom } from './plan-inputs';
import { cadenceLabel, themeLabel } from './plan-wording';

function SwapForm({
  input,
  week,
  exerciseId,
  library,
  onDone,
}: {
  input: PlanInput;
  week: PlanWeek;
  exerciseId: string;
  library: ExerciseContent;
  onDone: () => void;
}) {
  const options = swapOptions(input, week.weekStart, exerciseId).slice(0, 6);
  const [choice, setChoice] = useState(options[0] ?? '');
  const { error, run } = useAction();
  const title = (id: string) => {
    const exercise = library.exerciseById.get(id);
    return exercise ? say(exercise.title) : id;
  };
  if (options.length === 0) return <p className="muted">Nothing else fits this week yet.</p>;
  return (
    <form
      className="swap-form"
      onSubmit={(e) => {
        e.preventDefault();
        void run(async () => {
          await adjustPlan({ kind: 'swap', weekStart: week.weekStart, exerciseId, replacementId: choice });
          onDone();
        });
      }}
    >
      <label className="field">
        <span>Instead of “{title(exerciseId)}”</span>
        <select value={choice} onChange={(e) => setChoice(e.target.value)}>
          {options.map((id) => (
            <option key={id} value={id}>
              {title(id)}
            </option>
          ))}
        </select>
      </label>
      <div className="row-actions">
        <button type="submit" className="btn btn-secondary btn-small">
          Swap
        </button>
        <button type="button" className="btn btn-quiet btn-small" onClick={onDone}>
          Cancel
        </button>
      </div>
      <FormError message={error} />
    </form>
  );
}

export function PlanWeekCard({
  input,
  week,
  library,
}: {
  input: PlanInput;
  week: PlanWeek;
  library: ExerciseContent;
}) {
  const [swapping, setSwapping] = useState<string | null>(null);
  const { error, run } = useAction();
  const slower = paceFrom(input.adjustments, week.weekStart) === 'slower';
  const adjust = (adjustment: PlanAdjustment) => void run(() => adjustPlan(adjustment));
  return (
    <section className="card" aria-labelledby="this-week">
      <p className="muted plan-week-meta">
        Week {week.number} · from {formatDate(week.weekStart)}
        {week.progress ? ` · ${week.progress.done} of ${week.progress.of} done` : ''}
      </p>
      <h2 id="this-week" className="card-title">
        This week: {themeLabel[week.theme]}
      </h2>
      <p>{week.why}</p>
      {week.practices.length > 0 ? (
        <ul className="practice-list" aria-label="This week’s practices">
          {week.practices.map((practice) => {
            const exercise = library.exerciseById.get(practice.exerciseId);
            return (
              <li key={practice.exerciseId} className={practice.done ? 'practice is-done' : 'practice'}>
                <span className="practice-mark" aria-hidden="true" />
                <div className="practice-body">
                  <h3 className="practice-title">
                    {exercise ? (
                      <AppLink to={`/exercises/${practice.exerciseId}`}>{say(exercise.title)}</AppLink>
                    ) : (
                      practice.exerciseId
                    )}
                    {practice.done ? <span className="visually-hidden"> (done this week)</span> : null}
                  </h3>
                  <p className="practice-status">
                    {cadenceLabel[practice.cadence]}
                    {exercise ? ` · ${say(exercise.summary)}` : ''}
                  </p>
                  {swapping === practice.exerciseId ? (
                    <SwapForm
                      input={input}
                      week={week}
                      exerciseId={practice.exerciseId}
                      library={library}
                      onDone={() => setSwapping(null)}
                    />
                  ) : (
                    <button
                      type="button"
                      className="btn btn-quiet btn-small"
                      aria-label={`Swap ${exercise ? say(exercise.title) : practice.exerciseId}`}
                      onClick={() => setSwapping(practice.exerciseId)}
                    >
                      Swap
                    </button>
                  )}
                </div>
              </li>
            );
          })}
        </ul>
      ) : null}
      <div className="row-actions">
        {week.kind === 'paused' ? null : (
          <button
            type="button"
            className="btn btn-secondary btn-small"
            onClick={() => adjust({ kind: 'pause-week', weekStart: week.weekStart })}
          >
            Take this week off
          </button>
        )}
        <button
          type="button"
          className="btn btn-quiet btn-small"
          onClick={() =>
            adjust({ kind: 'pace', weekStart: week.weekStart, pace: slower ? 'usual' : 'slower' })
          }
        >
          {slower ? 'Back to the usual pace' : 'Go slower (two weeks a step)'}
        </button>
      </div>
      <FormError message={error} />
    </section>
  );
}
