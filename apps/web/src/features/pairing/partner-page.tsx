// Everything about the partner link: inviting, confirming who joined, the safety code, unlinking.
import { useEffect, useState } from 'react';
import { BusyButton } from '../../components/busy-button';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { FormError, Notice } from '../../components/notice';
import { Page } from '../../components/page';
import { appSession } from '../../lib/app-session';
import { formatDate } from '../../lib/format-date';
import { useAction } from '../../lib/use-action';
import { useInviteSecrets, usePartner, type PartnerInfo } from '../../lib/use-people';
import { useMe, useSyncSnapshot } from '../../lib/use-session';
import { InvitePanel } from './invite-panel';
import { checkAcceptance, confirmPartner, unlinkPartner } from './pairing-flows';
import { SafetyCodeCard } from './safety-code-card';

/** While waiting for the partner, look again every few seconds in case a live notice is missed. */
function usePollCouple(active: boolean): void {
  useEffect(() => {
    if (!active) return;
    const timer = setInterval(() => void appSession.refreshMe(), 5000);
    return () => clearInterval(timer);
  }, [active]);
}

export default function PartnerPage() {
  const me = useMe();
  const partner = usePartner();
  const couple = partner?.couple ?? null;
  const waiting =
    !!couple && couple.status !== 'unlinked' && (!partner?.member || !couple.confirmedByInviter);
  usePollCouple(waiting);
  // Shared records with no current couple mean a link has ended (the server keeps them readable).
  const hadCouple = useSyncSnapshot().records.some((r) => r.scope === 'couple');

  if (!couple || couple.status === 'unlinked') {
    return (
      <Page
        title="Your partner"
        lead="Hearth is for the two of you. Invite your partner to share notes and practices."
      >
        {couple?.status === 'unlinked' || hadCouple ? (
          <Notice tone="info">
            You are no longer linked. What you wrote yourself is still yours, and shared notes from before
            stay readable in Notes.
          </Notice>
        ) : null}
        <InvitePanel hasPendingCouple={false} />
      </Page>
    );
  }

  const myRole = couple.members.find((m) => m.userId === me.user.id)?.role ?? 'inviter';
  if (!partner?.member) {
    return (
      <Page title="Your partner">
        <InvitePanel hasPendingCouple />
      </Page>
    );
  }

  if (!couple.confirmedByInviter) {
    return (
      <Page title="Your partner">
        {myRole === 'inviter' ? <ConfirmJoiner partner={partner} /> : <WaitingForInviter partner={partner} />}
      </Page>
    );
  }

  return (
    <Page title={`You and ${partner.name}`}>
      <p className="page-lead">Linked since {formatDate(partner.member.joinedAt)}.</p>
      <SafetyCodeCard
        coupleId={couple.id}
        partner={partner.member.identity}
        partnerName={partner.name}
        baseline={partner.baseline}
        baselineRecordId={partner.baselineRecordId}
        canVerify
      />
      <UnlinkSection partnerName={partner.name} />
    </Page>
  );
}

function ConfirmJoiner({ partner }: { partner: PartnerInfo }) {
  const { payloads } = useInviteSecrets();
  const { synced } = useSyncSnapshot();
  const { busy, error, run } = useAction();
  const check = checkAcceptance(partner.couple, payloads);

  if (check.state === 'no-acceptance' || (check.state === 'no-secret' && !synced)) {
    return <p className="muted">Checking who joined…</p>;
  }
  if (check.state !== 'verified') {
    return (
      <>
        <Notice tone="warning" title="We could not verify who accepted your invitation">
          <p>
            The person who joined could not prove they had your link. Do not confirm. Unlink below and send a
            new invitation in a way you trust.
          </p>
        </Notice>
        <UnlinkSection partnerName="this person" />
      </>
    );
  }

  // Once confirmed, the couple is set up and this page shows the partner instead.
  const confirm = () => run(() => confirmPartner(check.partnerName, check.joiner), { leavesScreen: true });

  return (
    <>
      <section className="card" aria-labelledby="confirm-title">
        <h2 id="confirm-title" className="card-title">
          {check.partnerName} accepted your invitation
        </h2>
        <p>Is this your partner? Confirm to start sharing.</p>
        <FormError message={error} />
        <BusyButton
          className="btn btn-primary"
          onClick={() => void confirm()}
          busy={busy}
          busyLabel="Confirming…"
        >
          Yes, confirm {check.partnerName}
        </BusyButton>
      </section>
      <SafetyCodeCard
        coupleId={partner.couple.id}
        partner={check.joiner}
        partnerName={check.partnerName}
        baseline={null}
        baselineRecordId={null}
        canVerify={false}
      />
      <UnlinkSection partnerName={check.partnerName} label="This is not my partner" />
    </>
  );
}

function WaitingForInviter({ partner }: { partner: PartnerInfo }) {
  return (
    <>
      <Notice tone="info" title={`Waiting for ${partner.name} to confirm`}>
        <p>You have joined. {partner.name} now confirms it is you; this page updates by itself.</p>
      </Notice>
      <SafetyCodeCard
        coupleId={partner.couple.id}
        partner={partner.member!.identity}
        partnerName={partner.name}
        baseline={partner.baseline}
        baselineRecordId={partner.baselineRecordId}
        canVerify={false}
      />
    </>
  );
}

function UnlinkSection({ partnerName, label = 'Unlink' }: { partnerName: string; label?: string }) {
  const [open, setOpen] = useState(false);
  const { busy, error, run } = useAction();

  const unlink = () =>
    run(async () => {
      await unlinkPartner();
      setOpen(false);
    });

  return (
    <section className="card card-quiet" aria-labelledby="unlink-title">
      <h2 id="unlink-title" className="card-title">
        Unlink
      </h2>
      <p className="muted">
        Either of you can unlink at any time. You each keep what you wrote yourselves; shared notes stop
        changing.
      </p>
      <FormError message={error} />
      <button type="button" className="btn btn-secondary" onClick={() => setOpen(true)}>
        {label}
      </button>
      <ConfirmDialog
        open={open}
        title={`Unlink from ${partnerName}?`}
        confirmLabel="Unlink"
        cancelLabel="Stay linked"
        tone="danger"
        busy={busy}
        onConfirm={() => void unlink()}
        onCancel={() => setOpen(false)}
      >
        <p>
          You will no longer share new things. This happens right away; {partnerName} will see that you are no
          longer linked.
        </p>
      </ConfirmDialog>
    </section>
  );
}
