// Changing the password: confirm the current one, choose a new one. Only the wrapping of the
// master key changes; nothing else needs re-encrypting.
import { useState, type FormEvent } from 'react';
import { BusyButton } from '../../components/busy-button';
import { FormError } from '../../components/notice';
import { useAction } from '../../lib/use-action';
import { KnownHandle, NewPasswordFields, PasswordField } from '../auth/auth-fields';
import { changePassword } from '../auth/auth-flows';
import { passwordProblem } from '../auth/handle';
import { passwordCheckError } from '../../lib/friendly-errors';

export function ChangePasswordForm({ handle, onChanged }: { handle: string; onChanged: () => void }) {
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [again, setAgain] = useState('');
  const [signOutOthers, setSignOutOthers] = useState(true);
  const [done, setDone] = useState('');
  const { busy, error, setError, run } = useAction();

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const problem = !current
      ? 'Please enter your current password.'
      : (passwordProblem(next) ?? (next !== again ? 'The two new passwords are not the same.' : null));
    if (problem) {
      setError(problem);
      return;
    }
    setDone('');
    void run(
      async () => {
        await changePassword(handle, current, next, signOutOthers);
        setCurrent('');
        setNext('');
        setAgain('');
        setDone(
          signOutOthers ? 'Password changed. Your other devices have been signed out.' : 'Password changed.',
        );
        onChanged();
      },
      { describeError: passwordCheckError },
    );
  };

  return (
    <form className="stack" onSubmit={submit} noValidate>
      <KnownHandle handle={handle} />
      <PasswordField
        purpose="current"
        label="Current password"
        value={current}
        onChange={(e) => setCurrent(e.target.value)}
      />
      <NewPasswordFields
        label="New password"
        password={next}
        again={again}
        onPasswordChange={setNext}
        onAgainChange={setAgain}
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
      <BusyButton type="submit" className="btn btn-secondary" busy={busy} busyLabel="Changing…">
        Change password
      </BusyButton>
    </form>
  );
}
