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

/**
 * The partner ended it early for both of us: their id, so this phone can say so kindly instead of
 * silently dropping back to the start form. Null when it ran out, I ended it, or it is still on.
 */
export function endedEarlyBy(
  previous: RunningDeviceFree | null,
  running: RunningDeviceFree | null,
  shared: readonly DecryptedRecord[],
  myId: string,
): string | null {
  if (!previous || running) return null;
  const latest = shared.find((r) => r.id === previous.recordId);
  if (!latest || latest.payload.type !== 'device-free' || !latest.payload.endedAt) return null;
  return latest.authorId === myId ? null : latest.authorId;
}
