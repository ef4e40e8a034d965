// Signed in on the server, but this device has no unlocked keys (e.g. after quick exit):
// the password is needed again to open them. Uses re-authentication, not a new session.
import { useState, type FormEvent } from 'react';
import { FormError } from '../../components/notice';
import { Page } from '../../components/page';
import { appSession } from '../../lib/app-session';
import { useAction } from '../../lib/use-action';
import { useMe } from '../../lib/use-session';
import { isDiscreetLock } from '../safety/discreet-lock';
import { KnownHandle, PasswordField, SubmitButton } from './auth-fields';
import { unlockWithPassword } from './auth-flows';
import { passwordCheckError } from '../../lib/friendly-errors';

export default function UnlockPage() {
  const me = useMe();
  // After a quick exit someone else may be holding the phone: say nothing about whose it is.
  const [discreet] = useState(isDiscreetLock);
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
        const keys = await unlockWithPassword(me, password);
        setPassword('');
        await appSession.enter(me, keys, { remember: true });
      },
      { leavesScreen: true, describeError: passwordCheckError },
    );
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
      <form className="stack" onSubmit={submit} noValidate>
        {discreet ? null : <KnownHandle handle={me.user.handle} />}
        <PasswordField
          purpose="current"
          label="Password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          required
        />
        <FormError message={error} />
        <SubmitButton busy={busy} busyLabel="Unlocking…">
          Unlock
        </SubmitButton>
      </form>
      <button type="button" className="btn btn-quiet" onClick={() => void appSession.signOut()}>
        Sign out instead
      </button>
    </Page>
  );
}
