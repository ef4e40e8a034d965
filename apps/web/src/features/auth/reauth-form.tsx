// "Please confirm your password" before sensitive actions (export, account deletion).
import { useState, type FormEvent } from 'react';
import { Field } from '../../components/field';
import { FormError } from '../../components/notice';
import { friendlyError } from '../../lib/friendly-errors';
import { reauthenticate } from './auth-flows';

export function ReauthForm({
  handle,
  submitLabel,
  onConfirmed,
  danger = false,
}: {
  handle: string;
  submitLabel: string;
  onConfirmed: () => void | Promise<void>;
  danger?: boolean;
}) {
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!password) {
      setError('Please enter your password.');
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await reauthenticate(handle, password);
      setPassword('');
      await onConfirmed();
    } catch (err) {
      setError(friendlyError(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="stack" onSubmit={(e) => void submit(e)} noValidate>
      <input type="text" name="username" autoComplete="username" value={handle} readOnly hidden />
      <Field
        label="Your password"
        type="password"
        autoComplete="current-password"
        value={password}
        onChange={(e) => setPassword(e.target.value)}
      />
      <FormError message={error} />
      <button
        type="submit"
        className={danger ? 'btn btn-danger' : 'btn btn-primary'}
        disabled={busy}
        aria-busy={busy || undefined}
      >
        {busy ? 'Checking…' : submitLabel}
      </button>
    </form>
  );
}
