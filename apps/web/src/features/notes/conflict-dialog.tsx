// A shared note both of us changed while this device's edit waited to be sent (the note kind's
// 'keep-both' policy): nothing is overwritten unseen. The person keeps one, or both as two notes.
import { ConfirmDialog } from '../../components/confirm-dialog';
import { FormError } from '../../components/notice';
import { appSession } from '../../lib/app-session';
import type { ConflictView } from '../../lib/sync-engine';
import { useAction } from '../../lib/use-action';
import { keepBothNotes } from './note-actions';

function textOf(p: ConflictView['mine']): string {
  if (!p) return '(deleted)';
  return p.type === 'note' ? p.text : '';
}

export function ConflictDialog({ conflict }: { conflict: ConflictView }) {
  const { error, run } = useAction();
  const resolve = (choice: 'mine' | 'theirs') =>
    void appSession.engine?.resolveConflict(conflict.recordId, choice);
  const bothNotes = conflict.mine?.type === 'note' && conflict.theirs?.type === 'note';
  return (
    <ConfirmDialog
      open
      dismissible={false}
      title="You both changed this — keep which?"
      confirmLabel="Keep mine"
      cancelLabel="Keep theirs"
      onConfirm={() => resolve('mine')}
      onCancel={() => resolve('theirs')}
    >
      <p>This note was changed somewhere else while your change was waiting to be sent.</p>
      <div className="conflict-compare">
        <div>
          <p className="conflict-label">Yours</p>
          <p className="note-text">{textOf(conflict.mine)}</p>
        </div>
        <div>
          <p className="conflict-label">Theirs</p>
          <p className="note-text">{textOf(conflict.theirs)}</p>
        </div>
      </div>
      {bothNotes ? (
        <button
          type="button"
          className="btn btn-quiet"
          onClick={() => void run(() => keepBothNotes(conflict))}
        >
          Keep both as two notes
        </button>
      ) : null}
      <FormError message={error} />
    </ConfirmDialog>
  );
}
