// When a note changed elsewhere while this device had an unsent edit: the person chooses.
import { ConfirmDialog } from '../../components/confirm-dialog';
import { appSession } from '../../lib/app-session';
import type { ConflictView } from '../../lib/sync-engine';

function textOf(p: ConflictView['mine']): string {
  if (!p) return '(deleted)';
  return p.type === 'note' ? p.text : '';
}

export function ConflictDialog({ conflict }: { conflict: ConflictView }) {
  const resolve = (choice: 'mine' | 'theirs') =>
    void appSession.engine?.resolveConflict(conflict.recordId, choice);
  return (
    <ConfirmDialog
      open
      dismissible={false}
      title="This note changed in two places"
      confirmLabel="Keep mine"
      cancelLabel="Keep theirs"
      onConfirm={() => resolve('mine')}
      onCancel={() => resolve('theirs')}
    >
      <p>
        It was changed somewhere else while your change was waiting to be sent. Which version should stay?
      </p>
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
    </ConfirmDialog>
  );
}
