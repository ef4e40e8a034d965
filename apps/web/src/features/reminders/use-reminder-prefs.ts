// My private copy of my reminder settings (user scope), the latest one written.
import { useMemo } from 'react';
import type { ReminderPrefsPayload } from '../../lib/record-payloads';
import { useSyncSnapshot } from '../../lib/use-session';

export function useReminderPrefs(): { prefs: ReminderPrefsPayload | null; recordId: string | null } {
  const { records } = useSyncSnapshot();
  return useMemo(() => {
    let best: { id: string; at: string; prefs: ReminderPrefsPayload } | null = null;
    for (const r of records) {
      if (r.scope !== 'user' || r.payload.type !== 'reminder-prefs') continue;
      if (!best || r.payload.updatedAt > best.at)
        best = { id: r.id, at: r.payload.updatedAt, prefs: r.payload };
    }
    return { prefs: best?.prefs ?? null, recordId: best?.id ?? null };
  }, [records]);
}
