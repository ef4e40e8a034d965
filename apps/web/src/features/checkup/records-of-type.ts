// Narrowing decrypted records to one payload type; shared by the check-up, plan, pulse and progress.
import type { RecordPayload } from '../../lib/record-payloads';
import type { DecryptedRecord } from '../../lib/sync-snapshot';

export type RecordOf<T extends RecordPayload['type']> = DecryptedRecord & {
  payload: Extract<RecordPayload, { type: T }>;
};

export function recordsOfType<T extends RecordPayload['type']>(
  records: readonly DecryptedRecord[],
  type: T,
): RecordOf<T>[] {
  return records.filter((r) => r.payload.type === type) as RecordOf<T>[];
}

/** Only my own private records: user scope, owned and written by me. */
export function myPrivate(records: readonly DecryptedRecord[], myId: string): DecryptedRecord[] {
  return records.filter((r) => r.scope === 'user' && r.ownerId === myId && r.authorId === myId);
}
