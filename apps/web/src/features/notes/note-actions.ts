// Creating, editing and deleting notes. The record id is chosen here, once, so a write retried
// from the outbox can never create a second copy.
import { appSession } from '../../lib/app-session';
import { deleteRecord, newRecordId, writeRecord } from '../../lib/records';
import type { RecordScope } from '../../lib/api-types';
import type { ConflictView } from '../../lib/sync-engine';

export async function saveNote(
  scope: RecordScope,
  text: string,
  recordId: string = newRecordId(),
): Promise<string> {
  return writeRecord(scope, { type: 'note', text, updatedAt: new Date().toISOString() }, recordId);
}

export async function removeNote(recordId: string): Promise<void> {
  await deleteRecord(recordId);
}

/**
 * Both edits survive: theirs stays in the note, mine becomes a new note beside it. The copy is
 * queued first, so if that fails the question is still open and nothing is lost.
 */
export async function keepBothNotes(conflict: ConflictView): Promise<void> {
  if (conflict.mine?.type !== 'note') return;
  await saveNote(conflict.scope, conflict.mine.text);
  await appSession.engine?.resolveConflict(conflict.recordId, 'theirs');
}
