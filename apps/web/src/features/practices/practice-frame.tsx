// Shared pieces of the practice screens: the way back to Today, and what to show before a
// partner has joined (practices are for two).
import { useMemo } from 'react';
import { EmptyState } from '../../components/loading';
import { AppLink } from '../../lib/navigation';
import type { DecryptedRecord } from '../../lib/sync-snapshot';
import { usePartner } from '../../lib/use-people';
import { useMe, useSyncSnapshot } from '../../lib/use-session';
import { formerCouple, type FormerCouple } from './couple-history';
import { coupleRecords } from './practice-records';
import { useActiveCouple, type ActiveCouple } from './use-couple';
import { useToday } from './use-today';

export function BackToToday() {
  return (
    <p className="aside-link">
      <AppLink to="/">Back to Today</AppLink>
    </p>
  );
}

export function NeedsPartner() {
  return (
    <EmptyState title="This practice is for the two of you">
      <AppLink to="/partner">Invite your partner</AppLink> to start it together.
    </EmptyState>
  );
}

export interface PracticeContext {
  couple: ActiveCouple;
  /** This couple's shared records, decrypted. */
  shared: DecryptedRecord[];
  today: string;
  loaded: boolean;
}

export function usePracticeContext(): PracticeContext | null {
  const couple = useActiveCouple();
  const { records, loaded } = useSyncSnapshot();
  const today = useToday();
  const shared = useMemo(() => (couple ? coupleRecords(records, couple.coupleId) : []), [records, couple]);
  return couple ? { couple, shared, today, loaded } : null;
}

export interface HistoryContext {
  couple: FormerCouple;
  /** This couple's shared records, decrypted. */
  shared: DecryptedRecord[];
  today: string;
  loaded: boolean;
  /** The partner has left: everything is read-only, nothing new is written. */
  ended: boolean;
}

/**
 * The practices' history: the active couple's, or, once the partner has left, the former
 * couple's — what I wrote and what was shared with me stays readable.
 */
export function usePracticeHistory(): HistoryContext | null {
  const active = usePracticeContext();
  const me = useMe();
  const partner = usePartner();
  const { records, loaded } = useSyncSnapshot();
  const today = useToday();
  const unlinkedId = partner?.couple.status === 'unlinked' ? partner.couple.id : null;
  const former = useMemo(
    () => (active ? null : formerCouple(records, me.user.id, unlinkedId)),
    [active, records, me.user.id, unlinkedId],
  );
  const formerShared = useMemo(
    () => (former ? coupleRecords(records, former.coupleId) : []),
    [records, former],
  );
  if (active) return { ...active, ended: false };
  if (!former || formerShared.length === 0) return null;
  return { couple: former, shared: formerShared, today, loaded, ended: true };
}

/** One neutral line above a practice's history once the partner has left. */
export function EndedNote({ partnerName }: { partnerName: string }) {
  return (
    <p className="muted quiet-line">
      You and {partnerName} are no longer linked. What you shared stays here to reread; nothing new is added.
    </p>
  );
}
