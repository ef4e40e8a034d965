// My scored check-ups and pulses, recomputed when my records change.
import { useMemo } from 'react';
import { useSyncSnapshot } from '../../lib/use-session';
import type { CheckupContent } from './use-checkup-content';
import { myHistory, type MyHistory } from './my-history';

export function useMyHistory(content: CheckupContent | null, myId: string): MyHistory | null {
  const { records } = useSyncSnapshot();
  return useMemo(
    () =>
      content
        ? myHistory(records, myId, { instruments: content.checkupInstruments, pulses: content.pulses })
        : null,
    [records, myId, content],
  );
}
