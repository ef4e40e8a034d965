// How deep the daily questions go and which opt-in kinds I welcome. My partner's choice stays
// private: the two combine on each phone (the gentler depth; intimate questions only when both say
// yes), and a change starts tomorrow so today's question stays put.
import { choosePreferences, preferencesOn, type QuestionPreferences } from '@hearth/core';
import { useEffect, useState, type FormEvent } from 'react';
import { FormError } from '../../components/notice';
import { writeRecord } from '../../lib/records';
import { useAction } from '../../lib/use-action';
import { questionPrefsOf } from '../practices/practice-records';
import { usePracticeContext } from '../practices/practice-frame';

const depthOptions: { value: QuestionPreferences['depth']; label: string; hint: string }[] = [
  { value: 'light', label: 'Light', hint: 'Easy, playful questions.' },
  { value: 'medium', label: 'Light and a little deeper', hint: 'The everyday mix.' },
  { value: 'deep', label: 'All, including deep ones', hint: 'Some ask for real openness.' },
];

export function QuestionPrefsForm() {
  const ctx = usePracticeContext();
  const stored = ctx ? questionPrefsOf(ctx.shared, ctx.couple.myId) : null;
  // What I chose most recently, even if it only starts tomorrow.
  const current = ctx ? preferencesOn(stored?.payload, '9999-12-31') : null;
  const currentKey = JSON.stringify(current);
  const [draft, setDraft] = useState<QuestionPreferences | null>(current);
  const [message, setMessage] = useState('');
  const { error, run } = useAction();
  // Follow a change made on another device (or by this form) once it has synced.
  useEffect(() => setDraft(JSON.parse(currentKey) as QuestionPreferences | null), [currentKey]);

  if (!ctx || !draft) {
    return <p className="muted">Once you are paired, you can choose the kind of questions you get.</p>;
  }

  const submit = (e: FormEvent) => {
    e.preventDefault();
    void run(async () => {
      const next = choosePreferences(stored?.payload ?? null, draft, ctx.today);
      await writeRecord(
        'couple',
        { type: 'question-prefs', ...next, updatedAt: new Date().toISOString() },
        stored?.id,
      );
      setMessage('Saved. Your questions follow this from tomorrow.');
    });
  };

  return (
    <form className="stack" onSubmit={submit} noValidate>
      <fieldset className="radio-group">
        <legend>How deep</legend>
        {depthOptions.map((option) => (
          <label key={option.value} className="radio-row">
            <input
              type="radio"
              name="question-depth"
              value={option.value}
              checked={draft.depth === option.value}
              onChange={() => setDraft({ ...draft, depth: option.value })}
            />
            <span>
              {option.label} <span className="muted">{option.hint}</span>
            </span>
          </label>
        ))}
      </fieldset>
      <p className="field-hint">If you choose differently, the gentler choice of the two counts.</p>
      <label className="checkbox-row">
        <input
          type="checkbox"
          checked={draft.intimate}
          onChange={(e) => setDraft({ ...draft, intimate: e.target.checked })}
        />
        <span>Questions about our physical relationship</span>
      </label>
      <p className="field-hint">
        These appear only when you both turn them on. Your partner is not told what you chose.
      </p>
      <label className="checkbox-row">
        <input
          type="checkbox"
          checked={draft.kids}
          onChange={(e) => setDraft({ ...draft, kids: e.target.checked })}
        />
        <span>Questions about life with kids</span>
      </label>
      <FormError message={error} />
      <div className="row-actions">
        <button type="submit" className="btn btn-secondary">
          Save question choices
        </button>
        <p role="status" aria-live="polite" className="muted">
          {message}
        </p>
      </div>
    </form>
  );
}
