// "Please confirm your password" before sensitive actions (export, account deletion).
import { useState, type FormEvent } from 'react';
import { BusyButton } from '../../components/busy-button';
import { FormError } from '../../components/notice';
import { useAction } from '../../lib/use-action';
import { KnownHandle, PasswordField } from './auth-fields';
import { reauthenticate } from './auth-flows';
import { passwordCheckError } from '../../lib/friendly-errors';

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
  const { busy, error, setError, run } = useAction();

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!password) {
      setError('Please enter your password.');
      return;
    }
    void run(
      async () => {
        await reauthenticate(handle, password);
        setPassword('');
        await onConfirmed();
      },
      { describeError: passwordCheckError },
    );
  };

  return (
    <form className="stack" onSubmit={submit} noValidate>
      <KnownHandle handle={handle} />
      <PasswordField
        purpose="current"
        label="Your password"
        value={password}
        onChange={(e) => setPassword(e.target.value)}
      />
      <FormError message={error} />
      <BusyButton
        type="submit"
        className={danger ? 'btn btn-danger' : 'btn btn-primary'}
        busy={busy}
        busyLabel="Checking…"
      >
        {submitLabel}
      </BusyButton>
    </form>
  );
}
