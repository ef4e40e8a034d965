// Our life stage: a couple setting either of us can change; it shapes the plan and its variants.
import type { CheckupInstrument } from '@hearth/content';
import { useState, type FormEvent } from 'react';
import { FormError } from '../../components/notice';
import { useAction } from '../../lib/use-action';
import { say } from '../content/content-libraries';
import { saveLifeStage } from './plan-actions';

export function LifeStageForm({
  instrument,
  saved,
}: {
  instrument: CheckupInstrument;
  saved: string[] | null;
}) {
  // Null until I change something: until then the form follows the saved (shared) setting.
  const [edited, setEdited] = useState<string[] | null>(null);
  const chosen = edited ?? saved ?? [];
  const [status, setStatus] = useState<string | null>(null);
  const { busy, error, run } = useAction();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void run(async () => {
      await saveLifeStage(chosen);
      setEdited(null);
      setStatus('Saved for both of you.');
    });
  };
  const notes = instrument.lifeStage.options.filter((o) => (saved ?? []).includes(o.id) && o.note);
  return (
    <section className="card" aria-labelledby="life-stage">
      <h2 id="life-stage" className="card-title">
        Our life right now
      </h2>
      {notes.map((option) => (
        <p key={option.id} className="muted">
          {option.note ? say(option.note) : null}
        </p>
      ))}
      <form onSubmit={submit} noValidate>
        <fieldset className="radio-group">
          <legend>{say(instrument.lifeStage.question)}</legend>
          {instrument.lifeStage.options.map((option) => (
            <label key={option.id} className="checkbox-row">
              <input
                type="checkbox"
                checked={chosen.includes(option.id)}
                onChange={(e) => {
                  setStatus(null);
                  setEdited(
                    e.target.checked ? [...chosen, option.id] : chosen.filter((id) => id !== option.id),
                  );
                }}
              />
              {say(option.label)}
            </label>
          ))}
        </fieldset>
        <FormError message={error} />
        <div className="row-actions">
          <button type="submit" className="btn btn-secondary" disabled={busy}>
            Save our life stage
          </button>
          <p role="status" className="muted">
            {status}
          </p>
        </div>
      </form>
    </section>
  );
}
