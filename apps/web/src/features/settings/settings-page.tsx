// Settings: appearance, name, password, devices, data, safety and signing out.
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Page } from '../../components/page';
import { appSession } from '../../lib/app-session';
import { AppLink } from '../../lib/navigation';
import { useMe } from '../../lib/use-session';
import { QuestionPrefsForm } from '../question/question-prefs-form';
import { ChangePasswordForm } from './change-password-form';
import { NameForm } from './name-form';
import { SessionsList } from './sessions-list';
import { ThemePicker } from './theme-picker';

export default function SettingsPage() {
  const me = useMe();
  const queryClient = useQueryClient();
  const [signingOut, setSigningOut] = useState(false);

  return (
    <Page title="Settings" lead={`Signed in as ${me.user.handle}.`}>
      <section className="card" aria-labelledby="s-profile">
        <h2 id="s-profile" className="card-title">
          You
        </h2>
        <NameForm />
      </section>
      <section className="card" aria-labelledby="s-look">
        <h2 id="s-look" className="card-title">
          Look and feel
        </h2>
        <ThemePicker />
      </section>
      <section className="card" aria-labelledby="s-question" id="question-choices">
        <h2 id="s-question" className="card-title">
          Daily question
        </h2>
        <QuestionPrefsForm />
      </section>
      <section className="card" aria-labelledby="s-reminders">
        <h2 id="s-reminders" className="card-title">
          Reminders
        </h2>
        <p>Gentle nudges for the check-in, the question and gratitude, at times you choose.</p>
        <AppLink to="/reminders" className="btn btn-secondary">
          Reminder settings
        </AppLink>
      </section>
      <section className="card" aria-labelledby="s-password">
        <h2 id="s-password" className="card-title">
          Password
        </h2>
        <ChangePasswordForm
          handle={me.user.handle}
          onChanged={() => void queryClient.invalidateQueries({ queryKey: ['sessions'] })}
        />
      </section>
      <section className="card" aria-labelledby="s-sessions">
        <h2 id="s-sessions" className="card-title">
          Where you are signed in
        </h2>
        <SessionsList />
      </section>
      <section className="card" aria-labelledby="s-data">
        <h2 id="s-data" className="card-title">
          Your data
        </h2>
        <p>Download everything you have written, decrypted on this device.</p>
        <div className="row-actions">
          <AppLink to="/export" className="btn btn-secondary">
            Export my data
          </AppLink>
          <AppLink to="/delete-account" className="btn btn-quiet">
            Delete my account
          </AppLink>
        </div>
      </section>
      <section className="card" aria-labelledby="s-safety">
        <h2 id="s-safety" className="card-title">
          Safety
        </h2>
        <p>
          <strong>Quick exit</strong> is at the top of every screen. You can also press Shift three times.
          Hearth closes at once, shows a weather page, and locks itself: the password is needed to open it
          again.
        </p>
        <p>
          If you do not feel safe at home, you deserve support. Local emergency services and domestic abuse
          helplines can help, confidentially. Hearth never shows your private notes to your partner.
        </p>
      </section>
      <button
        type="button"
        className="btn btn-secondary btn-block"
        disabled={signingOut}
        onClick={() => {
          setSigningOut(true);
          void appSession.signOut();
        }}
      >
        {signingOut ? 'Signing out…' : 'Sign out'}
      </button>
    </Page>
  );
}
