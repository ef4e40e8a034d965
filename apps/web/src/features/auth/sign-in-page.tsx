// Sign-in with handle and password; the keys are unwrapped here and remembered on this device.
import { useState, type FormEvent } from 'react';
import { FormError } from '../../components/notice';
import { Page } from '../../components/page';
import { appSession } from '../../lib/app-session';
import { AppLink } from '../../lib/navigation';
import { useAction } from '../../lib/use-action';
import { HandleField, PasswordField, SubmitButton } from './auth-fields';
import { signIn } from './auth-flows';

export default function SignInPage() {
  const [handle, setHandle] = useState('');
  const [password, setPassword] = useState('');
  const { busy, error, setError, run } = useAction();

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!handle.trim() || !password) {
      setError('Please enter your login handle and password.');
      return;
    }
    void run(
      async () => {
        const { me, keys } = await signIn(handle, password);
        setPassword('');
        await appSession.enter(me, keys, { remember: true });
      },
      { leavesScreen: true },
    );
  };

  return (
    <Page title="Sign in">
      <form className="stack" onSubmit={submit} noValidate>
        <HandleField value={handle} onChange={(e) => setHandle(e.target.value)} required />
        <PasswordField
          purpose="current"
          label="Password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          required
        />
        <FormError message={error} />
        <SubmitButton busy={busy} busyLabel="Signing in…">
          Sign in
        </SubmitButton>
      </form>
      <p className="aside-link">
        Forgot your password? <AppLink to="/recover">Use your recovery key</AppLink>
      </p>
      <p className="aside-link">
        New here? <AppLink to="/signup">Create an account</AppLink>
      </p>
    </Page>
  );
}
