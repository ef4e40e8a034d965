// Changing the name I am shown by (private profile; my partner's copy follows automatically).
import { useEffect, useState, type FormEvent } from 'react';
import { Field } from '../../components/field';
import { writeRecord } from '../../lib/records';
import { useAction } from '../../lib/use-action';
import { useMyProfile } from '../../lib/use-people';

export function NameForm() {
  const { name, recordId } = useMyProfile();
  const [value, setValue] = useState(name ?? '');
  const [message, setMessage] = useState('');
  const { error, setError, run } = useAction();
  useEffect(() => setValue(name ?? ''), [name]);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const trimmed = value.trim();
    if (!trimmed) {
      setError('Please enter your name.');
      return;
    }
    if (trimmed.length > 80) {
      setError('Please use a name of up to 80 characters.');
      return;
    }
    void run(async () => {
      await writeRecord('user', { type: 'profile', name: trimmed }, recordId ?? undefined);
      setMessage('Name saved.');
    });
  };

  return (
    <form className="stack" onSubmit={submit} noValidate>
      <Field
        label="Your name"
        hint="How your partner sees you."
        value={value}
        onChange={(e) => setValue(e.target.value)}
        maxLength={80}
        error={error}
        autoComplete="given-name"
      />
      <div className="row-actions">
        <button type="submit" className="btn btn-secondary">
          Save name
        </button>
        <p role="status" aria-live="polite" className="muted">
          {message}
        </p>
      </div>
    </form>
  );
}
