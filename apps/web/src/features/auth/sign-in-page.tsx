// Sign-in with handle and password; the keys are unwrapped here and remembered on this device.
import { useState, type FormEvent } from 'react';
import { Field } from '../../components/field';
import { FormError } from '../../components/notice';
import { Page } from '../../components/page';
import { appSession } from '../../lib/app-session';
import { friendlyError } from '../../lib/friendly-errors';
import { AppLink } from '../../lib/navigation';
import { signIn } from './auth-flows';

export default function SignInPage() {
  const [handle, setHandle] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!handle.trim() || !password) {
      setError('Please enter your login handle and password.');
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const { me, keys } = await signIn(handle, password);
      setPassword('');
      await appSession.enter(me, keys, { remember: true });
    } catch (err) {
      setError(friendlyError(err));
      setBusy(false);
    }
  };

  return (
    <Page title="Sign in">
      <form className="stack" onSubmit={(e) => void submit(e)} noValidate>
        <Field
          label="Login handle"
          autoComplete="username"
          autoCapitalize="none"
          spellCheck={false}
          value={handle}
          onChange={(e) => setHandle(e.target.value)}
          required
        />
        <Field
          label="Password"
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          required
        />
        <FormError message={error} />
        <button
          type="submit"
          className="btn btn-primary btn-block"
          disabled={busy}
          aria-busy={busy || undefined}
        >
          {busy ? 'Signing in…' : 'Sign in'}
        </button>
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
