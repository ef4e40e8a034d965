// Names and partner details, derived from decrypted records and the couple.
import { useMemo } from 'react';
import type { ApiCouple, CoupleMember } from './api-types';
import type { DecryptedRecord } from './sync-engine';
import type { InviteSecretPayload, PartnerKeysPayload, ProfilePayload } from './record-payloads';
import { useSession, useSyncSnapshot } from './use-session';

function latest<T>(
  records: DecryptedRecord[],
  pick: (r: DecryptedRecord) => T | null,
): { record: DecryptedRecord; value: T } | null {
  let best: { record: DecryptedRecord; value: T } | null = null;
  for (const r of records) {
    const value = pick(r);
    if (value !== null && (!best || r.updatedAt > best.record.updatedAt)) best = { record: r, value };
  }
  return best;
}

export function useMyProfile(): { name: string | null; recordId: string | null; loaded: boolean } {
  const { records, loaded } = useSyncSnapshot();
  return useMemo(() => {
    const found = latest<ProfilePayload>(records, (r) =>
      r.scope === 'user' && r.payload.type === 'profile' ? r.payload : null,
    );
    return { name: found?.value.name ?? null, recordId: found?.record.id ?? null, loaded };
  }, [records, loaded]);
}

export interface PartnerInfo {
  couple: ApiCouple;
  member: CoupleMember | null;
  name: string;
  baseline: PartnerKeysPayload | null;
  baselineRecordId: string | null;
}

/** My couple (any status) and, once someone joined, who the partner is. */
export function usePartner(): PartnerInfo | null {
  const state = useSession();
  const { records } = useSyncSnapshot();
  const me = state.status === 'ready' ? state.me : null;
  return useMemo(() => {
    const couple = me?.couple;
    if (!me || !couple) return null;
    const member = couple.members.find((m) => m.userId !== me.user.id) ?? null;
    const baseline = latest<PartnerKeysPayload>(records, (r) =>
      r.scope === 'user' && r.payload.type === 'partner-keys' && r.payload.coupleId === couple.id
        ? r.payload
        : null,
    );
    const ownName = member
      ? latest(records, (r) =>
          r.scope === 'couple' &&
          r.ownerId === couple.id &&
          r.authorId === member.userId &&
          r.payload.type === 'member-name'
            ? r.payload.name
            : null,
        )
      : null;
    return {
      couple,
      member,
      name: ownName?.value ?? baseline?.value.name ?? 'Your partner',
      baseline: baseline?.value ?? null,
      baselineRecordId: baseline?.record.id ?? null,
    };
  }, [me, records]);
}

export function useInviteSecrets(): { payloads: InviteSecretPayload[]; recordIds: string[] } {
  const { records } = useSyncSnapshot();
  return useMemo(() => {
    const mine = records.filter((r) => r.scope === 'user' && r.payload.type === 'invite-secret');
    return { payloads: mine.map((r) => r.payload as InviteSecretPayload), recordIds: mine.map((r) => r.id) };
  }, [records]);
}
