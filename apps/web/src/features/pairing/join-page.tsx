// Opening an invitation link (/pair#<secret>). The secret was already moved from the address bar
// into this tab's sessionStorage (pending-invite.ts) before the app started.
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { BusyButton } from '../../components/busy-button';
import { Loading } from '../../components/loading';
import { FormError, Notice } from '../../components/notice';
import { Page } from '../../components/page';
import { friendlyError } from '../../lib/friendly-errors';
import { formatDateTime } from '../../lib/format-date';
import { AppLink, useGo } from '../../lib/navigation';
import { useAction } from '../../lib/use-action';
import { useMyProfile } from '../../lib/use-people';
import { useSession } from '../../lib/use-session';
import { acceptInvite, openInvite } from './pairing-flows';
import { clearPendingInvite, isWellFormedInvite, onInviteCaptured, pendingInvite } from './pending-invite';

export default function JoinPage() {
  const session = useSession();
  // Read once: clearing the stored secret later must not change what this screen shows. A new
  // link pasted over this one (only the fragment changes) replaces it.
  const [fragment, setFragment] = useState(pendingInvite);
  useEffect(() => onInviteCaptured(setFragment), []);
  const broken = !!fragment && !isWellFormedInvite(fragment);
  useEffect(() => {
    if (broken) clearPendingInvite();
  }, [broken]);

  if (broken) {
    return (
      <Page
        title="This invitation link is broken"
        lead="Part of the link is missing or was changed on the way, so it cannot be opened. Ask your partner to copy the whole link again (or to show you the QR code), then open it exactly as it arrived."
      >
        <AppLink to="/" className="btn btn-primary">
          Go to Hearth
        </AppLink>
      </Page>
    );
  }

  if (!fragment) {
    return (
      <Page
        title="Invitation link"
        lead="This link is incomplete. Ask your partner to send it again, and open it exactly as it arrived."
      >
        <AppLink to="/" className="btn btn-primary">
          Go to Hearth
        </AppLink>
      </Page>
    );
  }

  if (session.status !== 'ready') {
    return (
      <Page
        title="You have been invited"
        lead="Your partner would like to share Hearth with you. To accept, create an account — or sign in if you already have one."
      >
        <div className="stack-actions">
          <AppLink to="/signup" className="btn btn-primary btn-block">
            Create an account
          </AppLink>
          <AppLink to="/signin" className="btn btn-secondary btn-block">
            Sign in
          </AppLink>
        </div>
      </Page>
    );
  }

  return (
    <JoinInvite
      fragment={fragment}
      myUserId={session.me.user.id}
      alreadyLinked={session.me.couple?.status === 'active'}
    />
  );
}

function JoinInvite({
  fragment,
  myUserId,
  alreadyLinked,
}: {
  fragment: string;
  myUserId: string;
  alreadyLinked: boolean;
}) {
  const go = useGo();
  const { name } = useMyProfile();
  const invite = useQuery({
    queryKey: ['invite', fragment],
    queryFn: () => openInvite(fragment),
    retry: false,
    staleTime: Infinity,
  });
  const { busy, error, run } = useAction();
  const [warning, setWarning] = useState(false);

  const ownInvite = invite.data?.bundle.inviter.userId === myUserId;
  useEffect(() => {
    // A link that cannot be used any more is forgotten at once (expired, revoked, tampered, mine).
    if (invite.isError || ownInvite) clearPendingInvite();
  }, [invite.isError, ownInvite]);

  const decline = () => {
    clearPendingInvite();
    go('/');
  };

  if (alreadyLinked) {
    return (
      <Page
        title="Invitation"
        lead="You are already linked with a partner. To accept this invitation, unlink first in Partner."
      >
        <button type="button" className="btn btn-primary" onClick={decline}>
          Back to Today
        </button>
      </Page>
    );
  }

  if (invite.isPending) {
    return (
      <Page title="Invitation">
        <Loading label="Opening the invitation…" />
      </Page>
    );
  }

  if (invite.isError) {
    return (
      <Page title="Invitation">
        <Notice tone="error">{friendlyError(invite.error)}</Notice>
        <button type="button" className="btn btn-primary" onClick={decline}>
          Back to Today
        </button>
      </Page>
    );
  }

  if (ownInvite) {
    return (
      <Page
        title="This is your own invitation"
        lead="Send the link to your partner; they open it on their own phone or computer."
      >
        <button type="button" className="btn btn-primary" onClick={() => go('/partner')}>
          Back to your invitation
        </button>
      </Page>
    );
  }

  const { bundle, expiresAt } = invite.data;
  const inviter = bundle.inviterName || 'Your partner';

  // Either way the join form goes: to the partner page, or to the warning below.
  const join = () =>
    run(
      async () => {
        const result = await acceptInvite(invite.data, name ?? 'Your partner');
        clearPendingInvite();
        if (result.inviterMatches) go('/partner');
        else setWarning(true);
      },
      { leavesScreen: true },
    );

  if (warning) {
    return (
      <Page title="Please check with your partner">
        <Notice tone="warning" title="Something did not match">
          <p>
            You joined, but the server’s record of {inviter} differs from the signed invitation. Compare your
            safety code in person before sharing anything.
          </p>
        </Notice>
        <AppLink to="/partner" className="btn btn-primary">
          Compare safety code
        </AppLink>
      </Page>
    );
  }

  return (
    <Page
      title={`Join ${inviter}?`}
      lead={`${inviter} invited you to share Hearth. Shared notes and practices will be readable by the two of you only.`}
    >
      <p className="muted">This invitation expires {formatDateTime(expiresAt)}.</p>
      <FormError message={error} />
      <div className="stack-actions">
        <BusyButton
          className="btn btn-primary btn-block"
          onClick={() => void join()}
          disabled={!name}
          busy={busy}
          busyLabel="Joining…"
        >
          Join {inviter}
        </BusyButton>
        <button type="button" className="btn btn-quiet btn-block" onClick={decline} disabled={busy}>
          Not now
        </button>
      </div>
    </Page>
  );
}
