// Making, sharing and cancelling the invitation link.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { BusyButton } from '../../components/busy-button';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { Loading } from '../../components/loading';
import { FormError } from '../../components/notice';
import { api } from '../../lib/api-client';
import { formatDateTime } from '../../lib/format-date';
import { useAction } from '../../lib/use-action';
import { useMyProfile } from '../../lib/use-people';
import {
  createInvite,
  inviteLink,
  openInviterSecret,
  revokeInvite,
  INVITE_LIFETIME_HOURS,
} from './pairing-flows';
import { QrCode } from './qr-code';

interface ShownInvite {
  inviteId: string;
  link: string;
  expiresAt: string;
}

export function InvitePanel({ hasPendingCouple }: { hasPendingCouple: boolean }) {
  const queryClient = useQueryClient();
  const { name } = useMyProfile();
  const invites = useQuery({ queryKey: ['invites'], queryFn: api.myInvites, enabled: hasPendingCouple });
  const { busy, error, run } = useAction();
  const [confirmRevoke, setConfirmRevoke] = useState(false);

  const shown: ShownInvite | null = useMemo(() => {
    // A cached list from before the couple changed (joined, unlinked) must not show a dead link.
    if (!hasPendingCouple) return null;
    const active = invites.data?.invites.filter((i) => new Date(i.expiresAt).getTime() > Date.now()) ?? [];
    const newest = active.sort((a, b) => (a.createdAt < b.createdAt ? 1 : -1))[0];
    if (!newest) return null;
    try {
      return {
        inviteId: newest.inviteId,
        link: inviteLink(openInviterSecret(newest)),
        expiresAt: newest.expiresAt,
      };
    } catch {
      return null; // not sealed by my keys: ignore it and let me make a new one
    }
  }, [invites.data, hasPendingCouple]);

  const make = () =>
    run(async () => {
      await createInvite(name ?? 'Your partner');
      await queryClient.invalidateQueries({ queryKey: ['invites'] });
    });

  const revoke = (inviteId: string) =>
    run(async () => {
      await revokeInvite(inviteId);
      await queryClient.invalidateQueries({ queryKey: ['invites'] });
      setConfirmRevoke(false);
    });

  if (hasPendingCouple && invites.isPending) return <Loading label="Loading your invitation…" />;

  if (!shown) {
    return (
      <section className="card" aria-labelledby="invite-title">
        <h2 id="invite-title" className="card-title">
          Invite your partner
        </h2>
        <p>
          Hearth makes a private link for your partner. It works once, for up to {INVITE_LIFETIME_HOURS}{' '}
          hours. The secret part of the link never reaches our server, so send it in a way you trust — or let
          them scan the code on your screen.
        </p>
        <FormError message={error} />
        <BusyButton
          className="btn btn-primary"
          onClick={() => void make()}
          disabled={!name}
          busy={busy}
          busyLabel="Making your link…"
        >
          Create invitation link
        </BusyButton>
      </section>
    );
  }

  return (
    <section className="card" aria-labelledby="invite-title">
      <h2 id="invite-title" className="card-title">
        Your invitation
      </h2>
      <p>Send this link to your partner, or let them scan the code. It works once.</p>
      <ShareLink link={shown.link} />
      <div className="qr-wrap">
        <QrCode value={shown.link} label="QR code for your partner to scan" />
      </div>
      <p className="muted">Expires {formatDateTime(shown.expiresAt)}.</p>
      <p className="muted">Waiting for your partner to join… This page updates by itself.</p>
      <FormError message={error} />
      <div className="row-actions">
        <button type="button" className="btn btn-quiet" onClick={() => void make()} disabled={busy}>
          Make a new link
        </button>
        <button
          type="button"
          className="btn btn-quiet"
          onClick={() => setConfirmRevoke(true)}
          disabled={busy}
        >
          Cancel invitation
        </button>
      </div>
      <ConfirmDialog
        open={confirmRevoke}
        title="Cancel this invitation?"
        confirmLabel="Cancel invitation"
        cancelLabel="Keep it"
        tone="danger"
        busy={busy}
        onConfirm={() => void revoke(shown.inviteId)}
        onCancel={() => setConfirmRevoke(false)}
      >
        <p>The link will stop working. You can make a new one at any time.</p>
      </ConfirmDialog>
    </section>
  );
}

function ShareLink({ link }: { link: string }) {
  const [status, setStatus] = useState('');
  const canShare = typeof navigator.share === 'function';

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(link);
      setStatus('Link copied.');
    } catch {
      setStatus('Copying did not work. Select the link and copy it yourself.');
    }
  };

  const share = async () => {
    try {
      await navigator.share({ title: 'Join me on Hearth', url: link });
    } catch {
      // The person closed the share sheet; nothing to say.
    }
  };

  return (
    <div className="share-link">
      <label htmlFor="invite-link">Invitation link</label>
      <input
        id="invite-link"
        className="mono"
        readOnly
        value={link}
        onFocus={(e) => e.currentTarget.select()}
      />
      <div className="row-actions">
        <button type="button" className="btn btn-primary" onClick={() => void copy()}>
          Copy link
        </button>
        {canShare ? (
          <button type="button" className="btn btn-secondary" onClick={() => void share()}>
            Share…
          </button>
        ) : null}
      </div>
      <p role="status" aria-live="polite" className="muted">
        {status}
      </p>
    </div>
  );
}
