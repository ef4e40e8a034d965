// Deleting the account: a clear statement of what happens, the password, then it is gone.
import { useState } from 'react';
import { FormError } from '../../components/notice';
import { Page } from '../../components/page';
import { api } from '../../lib/api-client';
import { appSession } from '../../lib/app-session';
import { AppLink } from '../../lib/navigation';
import { useAction } from '../../lib/use-action';
import { useMe } from '../../lib/use-session';
import { ReauthForm } from '../auth/reauth-form';

export default function DeleteAccountPage() {
  const me = useMe();
  const [understood, setUnderstood] = useState(false);
  const { error, run } = useAction();

  // The password form waits for this; a failure is shown here, below it.
  const remove = async () => {
    await run(async () => {
      await api.deleteAccount();
      await appSession.wipeEverything();
    });
  };

  return (
    <Page title="Delete my account">
      <div className="card card-danger">
        <p>Deleting your account is immediate and cannot be undone:</p>
        <ul className="plain-list">
          <li>everything you wrote, private and shared, is deleted from the server;</li>
          <li>if you are linked with a partner, you are unlinked;</li>
          <li>this device forgets your keys and saved data.</li>
        </ul>
        <p>
          If you want a copy first, <AppLink to="/export">export your data</AppLink>.
        </p>
      </div>
      <div className="checkbox-row">
        <input
          id="understand-delete"
          type="checkbox"
          checked={understood}
          onChange={(e) => setUnderstood(e.target.checked)}
        />
        <label htmlFor="understand-delete">
          I understand that this deletes my account and everything I wrote
        </label>
      </div>
      {understood ? (
        <ReauthForm
          handle={me.user.handle}
          submitLabel="Delete my account for good"
          onConfirmed={remove}
          danger
        />
      ) : null}
      <FormError message={error} />
      <p className="aside-link">
        <AppLink to="/settings">Keep my account</AppLink>
      </p>
    </Page>
  );
}
