// Notes to us (shared, couple key) and notes to self (private, my personal data key).
import { EmptyState, Loading } from '../../components/loading';
import { Page } from '../../components/page';
import { keyVault } from '../../lib/key-vault';
import { AppLink } from '../../lib/navigation';
import { usePartner } from '../../lib/use-people';
import { useMe, useSyncSnapshot } from '../../lib/use-session';
import type { DecryptedRecord } from '../../lib/sync-engine';
import { ConflictDialog } from './conflict-dialog';
import { NoteComposer } from './note-composer';
import { NoteItem } from './note-item';

function newestFirst(a: DecryptedRecord, b: DecryptedRecord): number {
  const ta = a.payload.type === 'note' ? a.payload.updatedAt : a.updatedAt;
  const tb = b.payload.type === 'note' ? b.payload.updatedAt : b.updatedAt;
  return ta < tb ? 1 : ta > tb ? -1 : 0;
}

export default function NotesPage() {
  const me = useMe();
  const partner = usePartner();
  const snapshot = useSyncSnapshot();
  const couple = partner?.couple;
  const canShare =
    !!couple &&
    couple.status === 'active' &&
    !!partner?.member &&
    keyVault.hasCoupleKey(couple.id, couple.epoch);

  const notes = snapshot.records.filter((r) => r.payload.type === 'note');
  const shared = notes
    .filter((r) => r.scope === 'couple' && couple && r.ownerId === couple.id)
    .sort(newestFirst);
  // Shared notes from a couple that was unlinked stay readable, never editable (PRIVACY.md).
  const archived = notes
    .filter((r) => r.scope === 'couple' && (!couple || r.ownerId !== couple.id))
    .sort(newestFirst);
  const own = notes.filter((r) => r.scope === 'user').sort(newestFirst);
  const authorLabel = (r: DecryptedRecord) =>
    r.authorId === me.user.id ? 'You' : (partner?.name ?? 'Your partner');

  return (
    <Page title="Notes" lead="Little words for the two of you, and a private place for your own thoughts.">
      {snapshot.conflicts.map((c) => (
        <ConflictDialog key={c.recordId} conflict={c} />
      ))}
      <section className="section" aria-labelledby="notes-us">
        <h2 id="notes-us" className="section-title">
          Notes to us
        </h2>
        <p className="muted">
          You and {partner?.member ? partner.name : 'your partner'} can both read these.
        </p>
        {canShare ? (
          <NoteComposer
            scope="couple"
            label="Write a note to us"
            placeholder="Something kind, a memory, a plan…"
          />
        ) : null}
        {!snapshot.loaded ? (
          <Loading />
        ) : shared.length > 0 ? (
          <ul className="note-list" aria-label="Notes to us">
            {shared.map((r) => (
              <NoteItem key={r.id} record={r} authorLabel={authorLabel(r)} editable={canShare} />
            ))}
          </ul>
        ) : canShare ? (
          <EmptyState title="No shared notes yet">
            Your first note will appear here for both of you.
          </EmptyState>
        ) : (
          <EmptyState title="Shared notes need your partner">
            <AppLink to="/partner">Invite your partner</AppLink> to write notes to each other.
          </EmptyState>
        )}
      </section>
      {archived.length > 0 ? (
        <section className="section" aria-labelledby="notes-before">
          <h2 id="notes-before" className="section-title">
            Shared notes from before
          </h2>
          <p className="muted">
            From a link that has ended. They stay readable here; nobody can change them.
          </p>
          <ul className="note-list" aria-label="Shared notes from before">
            {archived.map((r) => (
              <NoteItem
                key={r.id}
                record={r}
                authorLabel={r.authorId === me.user.id ? 'You' : 'Your former partner'}
                editable={false}
              />
            ))}
          </ul>
        </section>
      ) : null}
      <section className="section" aria-labelledby="notes-self">
        <h2 id="notes-self" className="section-title">
          Notes to self
        </h2>
        <p className="muted">Only you can read these. Your partner never sees them.</p>
        <NoteComposer scope="user" label="Write a note to yourself" placeholder="Just for you…" />
        {!snapshot.loaded ? (
          <Loading />
        ) : own.length > 0 ? (
          <ul className="note-list" aria-label="Notes to self">
            {own.map((r) => (
              <NoteItem key={r.id} record={r} authorLabel="Only you" editable />
            ))}
          </ul>
        ) : (
          <EmptyState title="Nothing here yet">
            Private notes stay on your devices, encrypted, just for you.
          </EmptyState>
        )}
      </section>
    </Page>
  );
}
