// After a recovery sign-in: set a new password. This signs out every other device.
import { useState, type FormEvent } from 'react';
import { Field } from '../../components/field';
import { FormError } from '../../components/notice';
import { Page } from '../../components/page';
import { api } from '../../lib/api-client';
import { appSession } from '../../lib/app-session';
import { friendlyError } from '../../lib/friendly-errors';
import { keyVault } from '../../lib/key-vault';
import { setNewPassword } from './auth-flows';
import { MIN_PASSWORD_LENGTH, passwordProblem } from './handle';

export default function NewPasswordPage() {
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const problem =
      passwordProblem(password) ?? (confirm !== password ? 'The two passwords are not the same.' : null);
    if (problem) {
      setError(problem);
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await setNewPassword(password, true);
      setPassword('');
      setConfirm('');
      // The session is now a full one: load it again and continue with the keys we hold.
      const me = await api.me();
      await appSession.enter(me, keyVault.requireKeys().keys, { remember: true });
    } catch (err) {
      setError(friendlyError(err));
      setBusy(false);
    }
  };

  return (
    <Page
      title="Choose a new password"
      lead="Your recovery key worked. Choose a new password; all your other devices will be signed out."
    >
      <form className="stack" onSubmit={(e) => void submit(e)} noValidate>
        <Field
          label="New password"
          type="password"
          hint={`At least ${MIN_PASSWORD_LENGTH} characters.`}
          autoComplete="new-password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          required
        />
        <Field
          label="New password again"
          type="password"
          autoComplete="new-password"
          value={confirm}
          onChange={(e) => setConfirm(e.target.value)}
          required
        />
        <FormError message={error} />
        <button
          type="submit"
          className="btn btn-primary btn-block"
          disabled={busy}
          aria-busy={busy || undefined}
        >
          {busy ? 'Saving…' : 'Save new password'}
        </button>
      </form>
    </Page>
  );
}
