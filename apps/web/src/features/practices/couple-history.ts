// Who "we" were when the partner has left (unlinked, or deleted their account): the couple whose
// shared records this device still holds, and the partner's name as last known. Pure, so the
// screens that keep that history readable can rely on it (PRIVACY.md: a read-only archive).
import type { DecryptedRecord } from '../../lib/sync-snapshot';

export interface FormerCouple {
  coupleId: string;
  myId: string;
  partnerId: string;
  partnerName: string;
}

export function formerCouple(
  records: readonly DecryptedRecord[],
  myId: string,
  coupleId: string | null,
): FormerCouple | null {
  const shared = records.filter((r) => r.scope === 'couple');
  const id =
    coupleId ??
    shared.reduce<DecryptedRecord | null>(
      (newest, r) => (!newest || r.updatedAt > newest.updatedAt ? r : newest),
      null,
    )?.ownerId ??
    null;
  if (!id) return null;
  const ours = shared.filter((r) => r.ownerId === id);
  const baseline = records.find(
    (r) => r.scope === 'user' && r.payload.type === 'partner-keys' && r.payload.coupleId === id,
  );
  const baselineKeys = baseline?.payload.type === 'partner-keys' ? baseline.payload : null;
  const partnerId = ours.find((r) => r.authorId !== myId)?.authorId ?? baselineKeys?.partnerUserId ?? '';
  const ownName = ours.find((r) => r.authorId === partnerId && r.payload.type === 'member-name');
  const partnerName =
    (ownName?.payload.type === 'member-name' ? ownName.payload.name : null) ||
    baselineKeys?.name ||
    'your partner';
  return { coupleId: id, myId, partnerId, partnerName };
}
