// One note: read, edit in place, delete after a confirmation.
import { useState } from 'react';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { TextAreaField } from '../../components/field';
import { FormError } from '../../components/notice';
import { formatDateTime } from '../../lib/format-date';
import type { NotePayload } from '../../lib/record-payloads';
import { MAX_NOTE_LENGTH } from '../../lib/record-payloads';
import type { DecryptedRecord } from '../../lib/sync-engine';
import { useAction } from '../../lib/use-action';
import { removeNote, saveNote } from './note-actions';

interface Props {
  record: DecryptedRecord;
  authorLabel: string;
  editable: boolean;
}

export function NoteItem({ record, authorLabel, editable }: Props) {
  const note = record.payload as NotePayload;
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(note.text);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const { error, setError, run } = useAction();

  const save = () => {
    const text = draft.trim();
    if (!text) {
      setError('A note cannot be empty. To remove it, use Delete.');
      return;
    }
    void run(async () => {
      await saveNote(record.scope, text, record.id);
      setEditing(false);
    });
  };

  const remove = async () => {
    await run(() => removeNote(record.id));
    setConfirmDelete(false);
  };

  return (
    <li className="note">
      {editing ? (
        <form
          className="stack"
          onSubmit={(e) => {
            e.preventDefault();
            save();
          }}
        >
          <TextAreaField
            label="Edit note"
            value={draft}
            onChange={(e) => setDraft(e.target.value)}
            maxLength={MAX_NOTE_LENGTH}
            rows={4}
            autoFocus
            error={error}
          />
          <div className="row-actions">
            <button type="submit" className="btn btn-primary btn-small">
              Save changes
            </button>
            <button
              type="button"
              className="btn btn-quiet btn-small"
              onClick={() => {
                setEditing(false);
                setDraft(note.text);
                setError(null);
              }}
            >
              Cancel
            </button>
          </div>
        </form>
      ) : (
        <>
          <p className="note-text">{note.text}</p>
          <p className="note-meta">
            <span>{authorLabel}</span>
            <span aria-hidden="true"> · </span>
            <time dateTime={note.updatedAt}>{formatDateTime(note.updatedAt)}</time>
            {record.pending ? <span className="badge">Not synced yet</span> : null}
          </p>
          <FormError message={error} />
          {editable ? (
            <div className="row-actions">
              <button
                type="button"
                className="btn btn-quiet btn-small"
                onClick={() => {
                  setDraft(note.text);
                  setEditing(true);
                }}
                aria-label={`Edit note: ${note.text.slice(0, 40)}`}
              >
                Edit
              </button>
              <button
                type="button"
                className="btn btn-quiet btn-small"
                onClick={() => setConfirmDelete(true)}
                aria-label={`Delete note: ${note.text.slice(0, 40)}`}
              >
                Delete
              </button>
            </div>
          ) : null}
        </>
      )}
      <ConfirmDialog
        open={confirmDelete}
        title="Delete this note?"
        confirmLabel="Delete"
        tone="danger"
        onConfirm={() => void remove()}
        onCancel={() => setConfirmDelete(false)}
      >
        <p>
          {record.scope === 'couple'
            ? 'It will be removed for both of you.'
            : 'It will be removed from all your devices.'}
        </p>
      </ConfirmDialog>
    </li>
  );
}
