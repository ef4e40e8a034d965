// Shared pieces of the practice screens: the way back to Today, and what to show before a
// partner has joined (practices are for two).
import { useMemo } from 'react';
import { EmptyState } from '../../components/loading';
import { AppLink } from '../../lib/navigation';
import type { DecryptedRecord } from '../../lib/sync-snapshot';
import { useSyncSnapshot } from '../../lib/use-session';
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
