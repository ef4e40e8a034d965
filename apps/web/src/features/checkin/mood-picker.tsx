// The mood scale as a native radio group: arrow keys move between the five, each has a word.
import type { MoodOption } from './mood-scale';
import { moodOptions } from './mood-scale';

export function MoodPicker({
  value,
  onChange,
  error,
}: {
  value: number | null;
  onChange: (value: MoodOption['value']) => void;
  error?: string | null;
}) {
  return (
    <fieldset className="radio-group mood-picker" aria-describedby={error ? 'mood-error' : undefined}>
      <legend>How do you feel about the day ahead?</legend>
      <div className="mood-options">
        {moodOptions.map((o) => (
          <label key={o.value} className={`mood-option mood-${o.value}`}>
            <input
              type="radio"
              name="mood"
              value={o.value}
              checked={value === o.value}
              onChange={() => onChange(o.value)}
            />
            <span className="mood-mark" aria-hidden="true" />
            <span className="mood-word">{o.word}</span>
          </label>
        ))}
      </div>
      {error ? (
        <p className="field-error" id="mood-error">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
