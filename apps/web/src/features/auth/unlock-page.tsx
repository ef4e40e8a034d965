// Signed in on the server, but this device has no unlocked keys (e.g. after quick exit):
// the password is needed again to open them. Uses re-authentication, not a new session.
import { useState, type FormEvent } from 'react';
import { Field } from '../../components/field';
import { FormError } from '../../components/notice';
import { Page } from '../../components/page';
import { appSession } from '../../lib/app-session';
import { friendlyError } from '../../lib/friendly-errors';
import { useMe } from '../../lib/use-session';
import { isDiscreetLock } from '../safety/discreet-lock';
import { unlockWithPassword } from './auth-flows';

export default function UnlockPage() {
  const me = useMe();
  // After a quick exit someone else may be holding the phone: say nothing about whose it is.
  const [discreet] = useState(isDiscreetLock);
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
      const keys = await unlockWithPassword(me, password);
      setPassword('');
      await appSession.enter(me, keys, { remember: true });
    } catch (err) {
      setError(friendlyError(err));
      setBusy(false);
    }
  };

  return (
    <Page
      title="Unlock Hearth"
      lead={
        discreet
          ? 'Enter your password to continue.'
          : `Signed in as ${me.user.handle}. Enter your password to open your things on this device.`
      }
    >
      <form className="stack" onSubmit={(e) => void submit(e)} noValidate>
        {discreet ? null : (
          <input type="text" name="username" autoComplete="username" value={me.user.handle} readOnly hidden />
        )}
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
          {busy ? 'Unlocking…' : 'Unlock'}
        </button>
      </form>
      <button type="button" className="btn btn-quiet" onClick={() => void appSession.signOut()}>
        Sign out instead
      </button>
    </Page>
  );
}
