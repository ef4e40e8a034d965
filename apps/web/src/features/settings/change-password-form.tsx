// Changing the password: confirm the current one, choose a new one. Only the wrapping of the
// master key changes; nothing else needs re-encrypting.
import { useState, type FormEvent } from 'react';
import { Field } from '../../components/field';
import { FormError } from '../../components/notice';
import { changePassword } from '../auth/auth-flows';
import { MIN_PASSWORD_LENGTH, passwordProblem } from '../auth/handle';
import { friendlyError } from '../../lib/friendly-errors';

export function ChangePasswordForm({ handle, onChanged }: { handle: string; onChanged: () => void }) {
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [again, setAgain] = useState('');
  const [signOutOthers, setSignOutOthers] = useState(true);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState('');
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const problem = !current
      ? 'Please enter your current password.'
      : (passwordProblem(next) ?? (next !== again ? 'The two new passwords are not the same.' : null));
    if (problem) {
      setError(problem);
      return;
    }
    setBusy(true);
    setError(null);
    setDone('');
    try {
      await changePassword(handle, current, next, signOutOthers);
      setCurrent('');
      setNext('');
      setAgain('');
      setDone(
        signOutOthers ? 'Password changed. Your other devices have been signed out.' : 'Password changed.',
      );
      onChanged();
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
        label="Current password"
        type="password"
        autoComplete="current-password"
        value={current}
        onChange={(e) => setCurrent(e.target.value)}
      />
      <Field
        label="New password"
        type="password"
        hint={`At least ${MIN_PASSWORD_LENGTH} characters.`}
        autoComplete="new-password"
        value={next}
        onChange={(e) => setNext(e.target.value)}
      />
      <Field
        label="New password again"
        type="password"
        autoComplete="new-password"
        value={again}
        onChange={(e) => setAgain(e.target.value)}
      />
      <div className="checkbox-row">
        <input
          id="sign-out-others"
          type="checkbox"
          checked={signOutOthers}
          onChange={(e) => setSignOutOthers(e.target.checked)}
        />
        <label htmlFor="sign-out-others">Sign out everywhere else</label>
      </div>
      <FormError message={error} />
      <p role="status" aria-live="polite" className={done ? 'notice notice-success' : 'visually-hidden'}>
        {done}
      </p>
      <button type="submit" className="btn btn-secondary" disabled={busy} aria-busy={busy || undefined}>
        {busy ? 'Changing…' : 'Change password'}
      </button>
    </form>
  );
}
