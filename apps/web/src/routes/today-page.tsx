// Today: a calm overview — who you are connected with and the latest note between you.
import { Page } from '../components/page';
import { AppLink } from '../lib/navigation';
import { useMyProfile, usePartner } from '../lib/use-people';
import { useSyncSnapshot } from '../lib/use-session';
import type { NotePayload } from '../lib/record-payloads';
import { partnerKeyStatus } from '../features/pairing/partner-identity';

function greeting(hour: number): string {
  if (hour < 5) return 'Good night';
  if (hour < 12) return 'Good morning';
  if (hour < 18) return 'Good afternoon';
  return 'Good evening';
}

function PartnerCard() {
  const partner = usePartner();
  if (!partner || partner.couple.status === 'unlinked') {
    return (
      <section className="card" aria-labelledby="partner-card-title">
        <h2 id="partner-card-title" className="card-title">
          Bring your partner in
        </h2>
        <p>Hearth is made for two. Send your partner a private invitation link.</p>
        <AppLink to="/partner" className="btn btn-primary">
          Invite your partner
        </AppLink>
      </section>
    );
  }
  if (!partner.member) {
    return (
      <section className="card" aria-labelledby="partner-card-title">
        <h2 id="partner-card-title" className="card-title">
          Invitation sent
        </h2>
        <p>When your partner opens your link and joins, you will see it here.</p>
        <AppLink to="/partner" className="btn btn-secondary">
          See the invitation
        </AppLink>
      </section>
    );
  }
  const status = partnerKeyStatus(partner.member.identity, partner.baseline);
  return (
    <section className="card" aria-labelledby="partner-card-title">
      <h2 id="partner-card-title" className="card-title">
        You and {partner.name}
      </h2>
      {status === 'changed' ? (
        <p className="text-warning">
          {partner.name}’s security keys have changed. Compare your safety code again.
        </p>
      ) : status === 'verified' ? (
        <p>Connected. You compared your safety code in person.</p>
      ) : (
        <p>Connected — not verified yet. Compare your safety code in person when you are together.</p>
      )}
      <AppLink to="/partner" className="btn btn-secondary">
        {status === 'verified' ? 'Partner details' : 'Compare safety code'}
      </AppLink>
    </section>
  );
}

function LatestNoteCard() {
  const { records, loaded } = useSyncSnapshot();
  const notes = records
    .filter((r) => r.scope === 'couple' && r.payload.type === 'note')
    .sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : -1));
  const latest = notes[0];
  return (
    <section className="card" aria-labelledby="notes-card-title">
      <h2 id="notes-card-title" className="card-title">
        Notes to us
      </h2>
      {!loaded ? (
        <p className="muted">Loading…</p>
      ) : latest ? (
        <blockquote className="note-preview">{(latest.payload as NotePayload).text}</blockquote>
      ) : (
        <p className="muted">No shared notes yet. Leave a few kind words for the two of you.</p>
      )}
      <AppLink to="/notes" className="btn btn-secondary">
        Open notes
      </AppLink>
    </section>
  );
}

export function TodayPage() {
  const { name } = useMyProfile();
  const hello = greeting(new Date().getHours());
  return (
    <Page title={name ? `${hello}, ${name}` : hello} lead="Small moments, together.">
      <div className="card-grid">
        <PartnerCard />
        <LatestNoteCard />
      </div>
    </Page>
  );
}
