// Recovery: sign in with the recovery key, then choose a new password (next screen).
import { useState, type FormEvent } from 'react';
import { Field } from '../../components/field';
import { FormError } from '../../components/notice';
import { Page } from '../../components/page';
import { appSession } from '../../lib/app-session';
import { friendlyError } from '../../lib/friendly-errors';
import { AppLink } from '../../lib/navigation';
import { signInWithRecoveryKey } from './auth-flows';

export default function RecoverPage() {
  const [handle, setHandle] = useState('');
  const [key, setKey] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!handle.trim() || !key.trim()) {
      setError('Please enter your login handle and your recovery key.');
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const { me, keys } = await signInWithRecoveryKey(handle, key);
      setKey('');
      await appSession.enter(me, keys, { remember: false });
    } catch (err) {
      setError(friendlyError(err));
      setBusy(false);
    }
  };

  return (
    <Page
      title="Recover your account"
      lead="Use the recovery key you saved when you created your account. Afterwards you will choose a new password, and every other device will be signed out."
    >
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
          label="Recovery key"
          hint="Eight groups of four characters, like ABCD-EFGH-…"
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          value={key}
          onChange={(e) => setKey(e.target.value)}
          required
        />
        <FormError message={error} />
        <button
          type="submit"
          className="btn btn-primary btn-block"
          disabled={busy}
          aria-busy={busy || undefined}
        >
          {busy ? 'Checking…' : 'Continue'}
        </button>
      </form>
      <p className="aside-link">
        Remembered it? <AppLink to="/signin">Sign in with your password</AppLink>
      </p>
    </Page>
  );
}
