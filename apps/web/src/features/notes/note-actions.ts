// Creating, editing and deleting notes. The record id is chosen here, once, so a write retried
// from the outbox can never create a second copy.
import { deleteRecord, newRecordId, writeRecord } from '../../lib/records';
import type { RecordScope } from '../../lib/api-types';

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
