// Background chores once linked: share my name with my partner (encrypted under the couple key)
// and, after confirming, forget the invite secret that is no longer needed.
import { useEffect, useRef } from 'react';
import { keyVault } from '../../lib/key-vault';
import { deleteRecord, writeRecord } from '../../lib/records';
import { useInviteSecrets, useMyProfile } from '../../lib/use-people';
import { useSession, useSyncSnapshot } from '../../lib/use-session';

export function CoupleHousekeeping() {
  const session = useSession();
  const { records, synced } = useSyncSnapshot();
  const { name } = useMyProfile();
  const { payloads, recordIds } = useInviteSecrets();
  const attempted = useRef(new Set<string>());

  const me = session.status === 'ready' ? session.me : null;
  const couple = me?.couple ?? null;

  useEffect(() => {
    // Shared writes open once the inviter confirms who joined (the server refuses them before).
    if (!me || !couple || couple.status !== 'active' || !couple.confirmedByInviter || !synced || !name)
      return;
    if (!keyVault.hasCoupleKey(couple.id, couple.epoch)) return;
    const mine = records.find(
      (r) =>
        r.scope === 'couple' &&
        r.ownerId === couple.id &&
        r.authorId === me.user.id &&
        r.payload.type === 'member-name',
    );
    const key = `name:${couple.id}:${name}`;
    if (mine?.payload.type === 'member-name' && mine.payload.name === name) return;
    if (attempted.current.has(key)) return;
    attempted.current.add(key);
    void writeRecord('couple', { type: 'member-name', name }, mine?.id).catch(() =>
      attempted.current.delete(key),
    );
  }, [me, couple, synced, name, records]);

  useEffect(() => {
    if (!couple || !couple.confirmedByInviter || !synced) return;
    payloads.forEach((p, i) => {
      const id = recordIds[i];
      if (!id || p.coupleId !== couple.id || attempted.current.has(`secret:${id}`)) return;
      attempted.current.add(`secret:${id}`);
      void deleteRecord(id).catch(() => undefined);
    });
  }, [couple, synced, payloads, recordIds]);

  return null;
}
