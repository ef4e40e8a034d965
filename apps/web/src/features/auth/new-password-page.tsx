// After a recovery sign-in: set a new password. This signs out every other device.
import { useState, type FormEvent } from 'react';
import { FormError } from '../../components/notice';
import { Page } from '../../components/page';
import { api } from '../../lib/api-client';
import { appSession } from '../../lib/app-session';
import { keyVault } from '../../lib/key-vault';
import { useAction } from '../../lib/use-action';
import { NewPasswordFields, SubmitButton } from './auth-fields';
import { setNewPassword } from './auth-flows';
import { passwordProblem } from './handle';

export default function NewPasswordPage() {
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const { busy, error, setError, run } = useAction();

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const problem =
      passwordProblem(password) ?? (confirm !== password ? 'The two passwords are not the same.' : null);
    if (problem) {
      setError(problem);
      return;
    }
    void run(
      async () => {
        await setNewPassword(password, true);
        setPassword('');
        setConfirm('');
        // The session is now a full one: load it again and continue with the keys we hold.
        const me = await api.me();
        await appSession.enter(me, keyVault.requireKeys().keys, { remember: true });
      },
      { leavesScreen: true },
    );
  };

  return (
    <Page
      title="Choose a new password"
      lead="Your recovery key worked. Choose a new password; all your other devices will be signed out."
    >
      <form className="stack" onSubmit={submit} noValidate>
        <NewPasswordFields
          label="New password"
          password={password}
          again={confirm}
          onPasswordChange={setPassword}
          onAgainChange={setConfirm}
          required
        />
        <FormError message={error} />
        <SubmitButton busy={busy} busyLabel="Saving…">
          Save new password
        </SubmitButton>
      </form>
    </Page>
  );
}
