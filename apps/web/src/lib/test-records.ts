// Decrypted records for tests of the screens' pure rules: a couple record by default.
import type { RecordPayload } from './record-payloads';
import type { DecryptedRecord } from './sync-snapshot';

export const ME = 'me';
export const YOU = 'you';
export const COUPLE = 'c1';
let counter = 0;

export function rec(payload: RecordPayload, over: Partial<DecryptedRecord> = {}): DecryptedRecord {
  counter += 1;
  return {
    id: `r${counter}`,
    scope: 'couple',
    ownerId: COUPLE,
    authorId: ME,
    version: 1,
    updatedAt: '2026-03-02T08:00:00.000Z',
    payload,
    pending: false,
    ...over,
  };
}

/** A private record of `who` (user scope, owned and written by them). */
export function privateRec(payload: RecordPayload, who = ME): DecryptedRecord {
  return rec(payload, { scope: 'user', ownerId: who, authorId: who });
}
