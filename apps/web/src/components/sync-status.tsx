// One quiet line about syncing, announced politely, plus the single warning when something in
// the data could not be verified (never which check failed).
import { useSyncSnapshot } from '../lib/use-session';
import { useOnline } from '../lib/use-online';
import { FormError } from './notice';

export function SyncStatus() {
  const snapshot = useSyncSnapshot();
  const online = useOnline();
  let text = '';
  if (!online)
    text =
      snapshot.pendingCount > 0
        ? 'Offline — your changes are saved here and will sync when you are back online.'
        : 'Offline — showing what is saved on this device.';
  else if (snapshot.pendingCount > 0) text = 'Saving…';
  return (
    <div className="sync-status">
      <p role="status" aria-live="polite" className={text ? 'sync-line' : 'visually-hidden'}>
        {text}
      </p>
      <FormError message={snapshot.lastError} />
      {snapshot.problemCount > 0 ? (
        <p role="alert" className="notice notice-warning">
          Something in your data could not be verified and was not shown.
        </p>
      ) : null}
    </div>
  );
}
