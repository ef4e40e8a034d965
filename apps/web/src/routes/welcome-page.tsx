// The first screen for someone who is not signed in.
import { Notice } from '../components/notice';
import { Page } from '../components/page';
import { pendingInvite } from '../features/pairing/pending-invite';
import { AppLink } from '../lib/navigation';
import { useSession } from '../lib/use-session';

export function WelcomePage() {
  const session = useSession();
  const invited = pendingInvite() !== null;
  const reason = session.status === 'signed-out' ? session.reason : undefined;
  return (
    <Page title={invited ? 'You have been invited' : 'Welcome to Hearth'}>
      {reason === 'expired' ? <Notice tone="info">You were signed out. Please sign in again.</Notice> : null}
      {reason === 'offline' ? (
        <Notice tone="info">You seem to be offline. Signing in needs a connection.</Notice>
      ) : null}
      <p className="page-lead">
        {invited
          ? 'Your partner would like to share Hearth with you. Create an account, or sign in if you already have one, to accept.'
          : 'A quiet, private place for the two of you — small daily moments that bring you closer.'}
      </p>
      <div className="stack-actions">
        <AppLink to="/signup" className="btn btn-primary btn-block">
          Create an account
        </AppLink>
        <AppLink to="/signin" className="btn btn-secondary btn-block">
          Sign in
        </AppLink>
      </div>
      <section className="card card-soft" aria-labelledby="privacy-promise">
        <h2 id="privacy-promise" className="card-title">
          Private by design
        </h2>
        <p>
          What you write is encrypted on your device before it is sent. Only you — and your partner, for what
          you share — can read it. Whoever runs the server cannot.
        </p>
      </section>
    </Page>
  );
}
