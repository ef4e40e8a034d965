// A labelled input with its hint and error tied to it for assistive technology.
import { useId, type InputHTMLAttributes, type ReactNode, type TextareaHTMLAttributes } from 'react';
import { lengthNote } from './length-limit';

/** What the control itself carries so that its label, hint and error belong to it. */
interface ControlLinks {
  id: string;
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
}

function LabelledControl({
  label,
  labelClassName,
  className,
  hint,
  error,
  length,
  control,
}: {
  label: string;
  labelClassName?: string;
  className: string;
  hint?: ReactNode;
  error?: string | null;
  /** How long the text is and may be: shown as the person nears the limit, never cut off. */
  length?: { value: number; max: number };
  control: (links: ControlLinks) => ReactNode;
}) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const note = length ? lengthNote(length.value, length.max) : null;
  const countId = length ? `${id}-count` : undefined;
  return (
    <div className={className}>
      <label htmlFor={id} className={labelClassName}>
        {label}
      </label>
      {hint ? (
        <p className="field-hint" id={hintId}>
          {hint}
        </p>
      ) : null}
      {control({
        id,
        'aria-invalid': error || note?.over ? true : undefined,
        'aria-describedby':
          [hintId, errorId, note ? countId : undefined].filter(Boolean).join(' ') || undefined,
      })}
      {length ? (
        // Always in the page, so screen readers hear the count change as it appears.
        <p
          className={note?.over ? 'field-count field-count-over' : 'field-count'}
          id={countId}
          aria-live="polite"
        >
          {note?.text ?? ''}
        </p>
      ) : null}
      {error ? (
        <p className="field-error" id={errorId}>
          {error}
        </p>
      ) : null}
    </div>
  );
}

/** The length of a controlled value against a limit, and the props without the cutting maxLength. */
function limitOf<P extends { maxLength?: number; value?: unknown }>(props: P) {
  const { maxLength, ...rest } = props;
  const length =
    maxLength !== undefined && typeof props.value === 'string'
      ? { value: props.value.length, max: maxLength }
      : undefined;
  // Uncontrolled fields keep the browser's limit: there is no value to count.
  return { length, control: length ? rest : props };
}

interface FieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id'> {
  label: string;
  hint?: ReactNode;
  error?: string | null;
}

export function Field({ label, hint, error, className, ...input }: FieldProps) {
  const { length, control } = limitOf(input);
  return (
    <LabelledControl
      className={`field ${className ?? ''}`}
      label={label}
      hint={hint}
      error={error}
      length={length}
      control={(links) => <input {...links} {...control} />}
    />
  );
}

interface TextAreaFieldProps extends Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id'> {
  label: string;
  hint?: ReactNode;
  error?: string | null;
  visuallyHiddenLabel?: boolean;
}

export function TextAreaField({ label, hint, error, visuallyHiddenLabel, ...area }: TextAreaFieldProps) {
  const { length, control } = limitOf(area);
  return (
    <LabelledControl
      className="field"
      label={label}
      labelClassName={visuallyHiddenLabel ? 'visually-hidden' : undefined}
      hint={hint}
      error={error}
      length={length}
      control={(links) => <textarea {...links} {...control} />}
    />
  );
}
