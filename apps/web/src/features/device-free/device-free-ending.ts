// When the calm timer disappears, was it because the time ran out (show the gentle ending and
// ring the bell) or because one of us ended it early (just go back)? Pure.
import type { DecryptedRecord } from '../../lib/sync-snapshot';
import type { RunningDeviceFree } from '../practices/practice-records';

export function ranOut(
  previous: RunningDeviceFree | null,
  running: RunningDeviceFree | null,
  shared: readonly DecryptedRecord[],
  now: number,
): boolean {
  if (!previous || running) return false;
  if (now < previous.endsAt - 1000) return false; // it vanished early: ended, or deleted
  const latest = shared.find((r) => r.id === previous.recordId);
  return !(latest && latest.payload.type === 'device-free' && latest.payload.endedAt);
}
