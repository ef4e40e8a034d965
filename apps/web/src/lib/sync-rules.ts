// Pure decisions of the sync engine, kept free of I/O so they can be tested in Node.
import type { RecordScope } from './api-types';
import { kindOf, type RecordPayload } from './record-kinds';

/**
 * One unsent write. Keyed by record id: a record has at most one pending write. A daily-question
 * answer is an outbox entry of its own kind ('reveal'): it goes to PUT /api/reveals/:tag instead
 * of the record store, its record id is 'reveal:' + tag (what its ciphertext is bound to), and it
 * is written exactly once — it can never be edited, deleted or rebased.
 */
export interface OutboxEntry {
  kind?: 'record' | 'reveal';
  recordId: string;
  scope: RecordScope;
  /** My user id (user scope) or the couple id (couple scope) the ciphertext is bound to. */
  ownerId: string;
  keyEpoch: number;
  /** The server version this write builds on (0 when creating). */
  baseVersion: number;
  /** The version this write creates: always baseVersion + 1. */
  version: number;
  deleted: boolean;
  wrappedDek: string | null;
  body: string | null;
  queuedAt: number;
  attempts: number;
  nextAttemptAt: number;
  /** The server had a newer version and the person has to choose; not retried until then. */
  conflict?: boolean;
}

export const REVEAL_ID_PREFIX = 'reveal:';

/** The record id a reveal answer is sealed under (docs/daily-practices.md). */
export function revealRecordId(tag: string): string {
  return REVEAL_ID_PREFIX + tag;
}

export function isRevealEntry(entry: Pick<OutboxEntry, 'kind'>): boolean {
  return entry.kind === 'reveal';
}

/** The opaque tag of a reveal entry. */
export function revealTagOf(entry: Pick<OutboxEntry, 'recordId'>): string {
  return entry.recordId.slice(REVEAL_ID_PREFIX.length);
}

/**
 * Answers cannot change: a second answer to the same tag is refused while the first is still
 * waiting to be sent (once sent, the server refuses it with HEARTH_ALREADY_ANSWERED).
 */
export function canQueueReveal(outbox: readonly OutboxEntry[], tag: string): boolean {
  return !outbox.some((e) => e.recordId === revealRecordId(tag));
}

export type IncomingVerdict = 'new' | 'already-seen' | 'rollback';

/**
 * Rollback protection: once a version of a record has been seen, the server may never hand us an
 * older one (it could be replaying a deleted or superseded ciphertext).
 */
export function checkIncoming(seenVersion: number | undefined, incomingVersion: number): IncomingVerdict {
  if (seenVersion === undefined || incomingVersion > seenVersion) return 'new';
  if (incomingVersion === seenVersion) return 'already-seen';
  return 'rollback';
}

/**
 * The version a new local write must carry. A write that replaces a still-pending one builds on
 * the same server version, so the outbox never holds two writes for one record.
 */
export function plannedVersion(
  serverVersion: number,
  pending: Pick<OutboxEntry, 'baseVersion'> | undefined,
): { baseVersion: number; version: number } {
  const baseVersion = pending ? pending.baseVersion : serverVersion;
  return { baseVersion, version: baseVersion + 1 };
}

/**
 * Adds a write to the outbox, replacing any earlier pending write for the same record. Deleting
 * a record whose creation never reached the server simply forgets it.
 */
export function enqueue(outbox: readonly OutboxEntry[], entry: OutboxEntry): OutboxEntry[] {
  const previous = outbox.find((e) => e.recordId === entry.recordId);
  if (entry.deleted && entry.baseVersion === 0) return outbox.filter((e) => e.recordId !== entry.recordId);
  const merged: OutboxEntry = previous
    ? { ...entry, queuedAt: previous.queuedAt, attempts: 0, nextAttemptAt: 0 }
    : entry;
  return [...outbox.filter((e) => e.recordId !== entry.recordId), merged];
}

/** Writes to send now, oldest first (so a create goes before later edits of other records). */
export function dueEntries(outbox: readonly OutboxEntry[], now: number): OutboxEntry[] {
  return outbox
    .filter((e) => !e.conflict && e.nextAttemptAt <= now)
    .sort((a, b) => a.queuedAt - b.queuedAt || a.recordId.localeCompare(b.recordId));
}

export const MAX_BACKOFF_MS = 60_000;

/** Exponential backoff with jitter: 1 s, 2 s, 4 s … capped at one minute. */
export function backoffDelay(attempts: number, random: () => number = Math.random): number {
  const base = Math.min(MAX_BACKOFF_MS, 1000 * 2 ** Math.max(0, attempts - 1));
  return Math.round(base * (0.75 + random() * 0.5));
}

export type PushFailure = 'retry' | 'conflict' | 'signed-out' | 'already-there' | 'drop';

/** What to do with a write the server did not accept, from the HTTP status and error code. */
export function classifyPushFailure(status: number, code: string): PushFailure {
  if (status === 0 || status === 429 || status >= 500) return 'retry';
  // A joiner's shared write before the inviter has confirmed them: it goes through once they do.
  if (code === 'HEARTH_AWAITING_CONFIRMATION') return 'retry';
  if (code === 'HEARTH_VERSION_CONFLICT') return 'conflict';
  // A reveal answer the server already holds: an earlier attempt got through but its answer was
  // lost (offline at the wrong moment). The write is done; sending it again must not duplicate it.
  if (code === 'HEARTH_ALREADY_ANSWERED') return 'already-there';
  if (status === 401) return 'signed-out';
  return 'drop';
}

export type ConflictDecision =
  | 'ask'
  | 'keep-mine'
  | 'keep-theirs'
  /** Both edits combined by the kind's rule, written on top of the server's version. */
  | { merged: RecordPayload };

export interface ConflictSide {
  deleted: boolean;
  /** Decrypted payload, or null when deleted or unreadable. */
  payload: RecordPayload | null;
}

function sameContent(a: RecordPayload, b: RecordPayload): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * When the server already has a newer version than the one a local write built on, the record's
 * kind decides (its `conflict` policy in lib/record-kinds.ts); nothing overwrites a partner's
 * edit unseen. Identical sides and two deletions settle silently.
 */
export function decideConflict(mine: ConflictSide, theirs: ConflictSide): ConflictDecision {
  if (mine.deleted && theirs.deleted) return 'keep-theirs';
  if (mine.payload && theirs.payload && sameContent(mine.payload, theirs.payload)) return 'keep-theirs';
  const type = mine.payload?.type ?? theirs.payload?.type;
  const policy = type === undefined ? undefined : kindOf(type)?.conflict;
  // Neither side readable (my deletion of something the server now holds unreadable): my write
  // is the only intent this device can see.
  if (policy === undefined || policy === 'last-writer-wins') return 'keep-mine';
  if (policy === 'append-only') return mine.deleted ? 'keep-mine' : 'keep-theirs';
  if (theirs.payload === null && !theirs.deleted) return 'keep-mine';
  if (policy === 'keep-both') return 'ask';
  if (mine.payload && theirs.payload) return { merged: policy.merge(mine.payload, theirs.payload) };
  return 'ask';
}
