// One check-up or pulse statement as a native radio group: arrow keys move between the choices.
import type { AnswerScale } from '@hearth/content';
import { say } from '../content/content-libraries';

export function ScaleQuestion({
  id,
  text,
  scale,
  value,
  onChange,
}: {
  id: string;
  text: string;
  scale: AnswerScale | undefined;
  value: number | undefined;
  onChange: (value: number) => void;
}) {
  if (!scale) return null;
  return (
    <fieldset className="radio-group scale-question">
      <legend>{text}</legend>
      <div className="choice-row">
        {scale.options.map((option) => (
          <label key={option.value} className="choice">
            <input
              type="radio"
              name={id}
              value={option.value}
              checked={value === option.value}
              onChange={() => onChange(option.value)}
            />
            {say(option.label)}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
