// The active couple as the practices need it: ids, the couple key and the partner's name.
// Null while there is no active couple with a partner whose key this device holds.
import { useMemo, useSyncExternalStore } from 'react';
import { keyVault } from '../../lib/key-vault';
import { usePartner } from '../../lib/use-people';
import { useMe } from '../../lib/use-session';

export interface ActiveCouple {
  coupleId: string;
  epoch: number;
  coupleKey: Uint8Array;
  createdAt: string;
  myId: string;
  partnerId: string;
  partnerName: string;
}

export function useActiveCouple(): ActiveCouple | null {
  const me = useMe();
  const partner = usePartner();
  const keys = useSyncExternalStore(keyVault.subscribe, () => keyVault.version);
  const couple = partner?.couple;
  const partnerId = partner?.member?.userId;
  const partnerName = partner?.name ?? '';
  // Stable while nothing relevant changes, so screens can memoise what they derive from it.
  return useMemo(() => {
    if (!couple || couple.status !== 'active' || !partnerId) return null;
    const coupleKey = keyVault.coupleKey(couple.id, couple.epoch);
    if (!coupleKey) return null;
    return {
      coupleId: couple.id,
      epoch: couple.epoch,
      coupleKey,
      createdAt: couple.createdAt,
      myId: me.user.id,
      partnerId,
      partnerName,
    };
    // `keys` changes whenever the vault gains or loses a key.
  }, [
    couple?.id,
    couple?.status,
    couple?.epoch,
    couple?.createdAt,
    partnerId,
    partnerName,
    me.user.id,
    keys,
  ]);
}
