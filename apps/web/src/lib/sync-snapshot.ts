// What the screens see of the synced data: decrypted records (my unsent writes win over the
// server copy), conflicts waiting for a decision, and how many records failed verification.
import type { ApiRecord, RecordScope } from './api-types';
import { okOrNull, type RecordDecryptor } from './record-decryptor';
import type { QuestionAnswerPayload, RecordPayload } from './record-payloads';
import { isRevealEntry, revealTagOf, type OutboxEntry } from './sync-rules';

export interface DecryptedRecord {
  id: string;
  scope: RecordScope;
  ownerId: string;
  authorId: string;
  version: number;
  updatedAt: string;
  payload: RecordPayload;
  /** Written on this device and not yet accepted by the server. */
  pending: boolean;
}

export interface ConflictView {
  recordId: string;
  scope: RecordScope;
  mine: RecordPayload | null;
  theirs: RecordPayload | null;
}

/** A daily-question answer written on this device and not yet accepted by the server. */
export interface PendingReveal {
  tag: string;
  answer: QuestionAnswerPayload;
}

export interface SyncSnapshot {
  loaded: boolean;
  /** Every stored record has been opened (older ones open in the background after `loaded`). */
  complete: boolean;
  /** True once this device has pulled from the server at least once since starting (and opened all of it). */
  synced: boolean;
  records: DecryptedRecord[];
  /** Unsent writes, not counting those waiting for the person to resolve a conflict. */
  pendingCount: number;
  conflicts: ConflictView[];
  /** My unsent daily-question answers (they are not records, so they are not in `records`). */
  pendingReveals: PendingReveal[];
  /** Records that failed to decrypt or verify, or were rolled back by the server. */
  problemCount: number;
  syncing: boolean;
  lastError: string | null;
}

export function decryptedView(
  records: ReadonlyMap<string, ApiRecord>,
  outbox: ReadonlyMap<string, OutboxEntry>,
  decryptor: RecordDecryptor,
  userId: string,
): {
  records: DecryptedRecord[];
  conflicts: ConflictView[];
  pendingReveals: PendingReveal[];
  unreadable: number;
} {
  const out: DecryptedRecord[] = [];
  const conflicts: ConflictView[] = [];
  const pendingReveals: PendingReveal[] = [];
  let unreadable = 0;
  for (const id of new Set([...records.keys(), ...outbox.keys()])) {
    const entry = outbox.get(id);
    if (entry && isRevealEntry(entry)) {
      const opened = decryptor.entry(entry);
      if (opened.ok && opened.payload.type === 'question-answer')
        pendingReveals.push({ tag: revealTagOf(entry), answer: opened.payload });
      continue;
    }
    const server = records.get(id);
    const serverPayload = server && !server.deleted ? decryptor.server(server) : null;
    if (serverPayload && !serverPayload.ok && serverPayload.reason === 'unreadable') unreadable += 1;
    if (entry) {
      const mine = entry.deleted ? null : decryptor.entry(entry);
      if (entry.conflict) {
        conflicts.push({
          recordId: id,
          scope: entry.scope,
          mine: mine ? okOrNull(mine) : null,
          theirs: serverPayload ? okOrNull(serverPayload) : null,
        });
      }
      if (mine?.ok) {
        out.push({
          id,
          scope: entry.scope,
          ownerId: entry.ownerId,
          authorId: userId,
          version: entry.version,
          updatedAt: server?.updatedAt ?? new Date(entry.queuedAt).toISOString(),
          payload: mine.payload,
          pending: true,
        });
      }
      continue;
    }
    if (server && serverPayload?.ok) {
      out.push({
        id,
        scope: server.scope,
        ownerId: server.ownerId,
        authorId: server.authorId,
        version: server.version,
        updatedAt: server.updatedAt,
        payload: serverPayload.payload,
        pending: false,
      });
    }
  }
  return { records: out, conflicts, pendingReveals, unreadable };
}
