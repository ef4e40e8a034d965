// Watches for device-free time (mine or my partner's) and hands the whole screen to the calm
// timer while it runs. Small and in the first bundle; the timer itself loads on demand.
import { lazy, Suspense, useEffect, useMemo, useRef, useState } from 'react';
import { usePartner } from '../../lib/use-people';
import { useSession, useSyncSnapshot } from '../../lib/use-session';
import { coupleRecords, runningDeviceFree, type RunningDeviceFree } from '../practices/practice-records';
import { endedEarlyBy, ranOut } from './device-free-ending';

const CalmTimerOverlay = lazy(() => import('./calm-timer-overlay'));

export function DeviceFreeGate() {
  const session = useSession();
  const { records } = useSyncSnapshot();
  const coupleId = session.status === 'ready' ? session.me.couple?.id : undefined;
  const myId = session.status === 'ready' ? session.me.user.id : '';
  const partnerName = usePartner()?.name ?? 'Your partner';
  const [, setTick] = useState(0);
  const [finished, setFinished] = useState<RunningDeviceFree | null>(null);
  /** Ended early by my partner: this phone says so instead of silently closing. */
  const [endedByPartner, setEndedByPartner] = useState<RunningDeviceFree | null>(null);
  const last = useRef<RunningDeviceFree | null>(null);

  const shared = useMemo(() => (coupleId ? coupleRecords(records, coupleId) : []), [records, coupleId]);
  const now = Date.now();
  const running = runningDeviceFree(shared, now);

  // Wake up when the running time is due to end.
  const endsAt = running?.endsAt ?? null;
  useEffect(() => {
    if (endsAt === null) return;
    const timer = setTimeout(() => setTick((t) => t + 1), Math.max(0, endsAt - Date.now()) + 50);
    return () => clearTimeout(timer);
  }, [endsAt]);

  useEffect(() => {
    const previous = last.current;
    last.current = running;
    // It ran out on its own (not ended early by one of us): show the gentle ending.
    if (ranOut(previous, running, shared, Date.now())) setFinished(previous);
    else if (endedEarlyBy(previous, running, shared, myId)) setEndedByPartner(previous);
  }, [running, shared, myId]);

  const shown = running ?? finished ?? endedByPartner;
  if (!shown) return null;
  return (
    <Suspense fallback={null}>
      <CalmTimerOverlay
        key={shown.recordId + (running ? '' : ':end')}
        running={shown}
        finished={!running}
        endedBy={!running && !finished && endedByPartner ? partnerName : null}
        onClose={() => {
          setFinished(null);
          setEndedByPartner(null);
        }}
      />
    </Suspense>
  );
}
