// Recovery: sign in with the recovery key, then choose a new password (next screen).
import { useState, type FormEvent } from 'react';
import { Field } from '../../components/field';
import { FormError } from '../../components/notice';
import { Page } from '../../components/page';
import { appSession } from '../../lib/app-session';
import { AppLink } from '../../lib/navigation';
import { useAction } from '../../lib/use-action';
import { HandleField, SubmitButton } from './auth-fields';
import { signInWithRecoveryKey } from './auth-flows';

export default function RecoverPage() {
  const [handle, setHandle] = useState('');
  const [key, setKey] = useState('');
  const { busy, error, setError, run } = useAction();

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!handle.trim() || !key.trim()) {
      setError('Please enter your login handle and your recovery key.');
      return;
    }
    void run(
      async () => {
        const { me, keys } = await signInWithRecoveryKey(handle, key);
        setKey('');
        await appSession.enter(me, keys, { remember: false });
      },
      { leavesScreen: true },
    );
  };

  return (
    <Page
      title="Recover your account"
      lead="Use the recovery key you saved when you created your account. Afterwards you will choose a new password, and every other device will be signed out."
    >
      <form className="stack" onSubmit={submit} noValidate>
        <HandleField value={handle} onChange={(e) => setHandle(e.target.value)} required />
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
        <SubmitButton busy={busy} busyLabel="Checking…">
          Continue
        </SubmitButton>
      </form>
      <p className="aside-link">
        Remembered it? <AppLink to="/signin">Sign in with your password</AppLink>
      </p>
    </Page>
  );
}
