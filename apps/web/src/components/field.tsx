// A labelled input with its hint and error tied to it for assistive technology.
import { useId, type InputHTMLAttributes, type ReactNode, type TextareaHTMLAttributes } from 'react';

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
  control,
}: {
  label: string;
  labelClassName?: string;
  className: string;
  hint?: ReactNode;
  error?: string | null;
  control: (links: ControlLinks) => ReactNode;
}) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
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
        'aria-invalid': error ? true : undefined,
        'aria-describedby': [hintId, errorId].filter(Boolean).join(' ') || undefined,
      })}
      {error ? (
        <p className="field-error" id={errorId}>
          {error}
        </p>
      ) : null}
    </div>
  );
}

interface FieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id'> {
  label: string;
  hint?: ReactNode;
  error?: string | null;
}

export function Field({ label, hint, error, className, ...input }: FieldProps) {
  return (
    <LabelledControl
      className={`field ${className ?? ''}`}
      label={label}
      hint={hint}
      error={error}
      control={(links) => <input {...links} {...input} />}
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
  return (
    <LabelledControl
      className="field"
      label={label}
      labelClassName={visuallyHiddenLabel ? 'visually-hidden' : undefined}
      hint={hint}
      error={error}
      control={(links) => <textarea {...links} {...area} />}
    />
  );
}
