// Keeps this device's copy of my records in step with the server: pulls changes (with rollback
// protection), pushes the outbox (with backoff, surviving reloads and offline spells) and turns
// version conflicts into decisions. Decrypts on the fly; only ciphertext is ever stored.
import { ApiError, api } from './api-client';
import type { ApiRecord, RecordScope } from './api-types';
import { friendlyError } from './friendly-errors';
import { keyVault } from './key-vault';
import type { LocalStore } from './local-store';
import { sealPayload } from './record-codec';
import { okOrNull, RecordDecryptor } from './record-decryptor';
import type { QuestionAnswerPayload, RecordPayload } from './record-payloads';
import { decryptedView, type SyncSnapshot } from './sync-snapshot';
import {
  backoffDelay,
  canQueueReveal,
  checkIncoming,
  classifyPushFailure,
  decideConflict,
  dueEntries,
  enqueue,
  isRevealEntry,
  plannedVersion,
  revealRecordId,
  revealTagOf,
  type OutboxEntry,
} from './sync-rules';

export type { ConflictView, DecryptedRecord, PendingReveal, SyncSnapshot } from './sync-snapshot';

/** A second answer to the same daily question: answers cannot change. */
export class AlreadyAnsweredError extends Error {
  readonly code = 'HEARTH_ALREADY_ANSWERED';
  constructor() {
    super('This question was already answered.');
    this.name = 'AlreadyAnsweredError';
  }
}

export class SyncEngine {
  private records = new Map<string, ApiRecord>();
  private seen = new Map<string, number>();
  private outbox = new Map<string, OutboxEntry>();
  private rolledBack = new Set<string>();
  private readonly decryptor: RecordDecryptor;
  private pullRun: Promise<void> | null = null;
  private pullAgain = false;
  private flushAgain = false;
  private flushRun: Promise<void> | null = null;
  private retryTimer: ReturnType<typeof setTimeout> | null = null;
  private listeners = new Set<() => void>();
  private revealListeners = new Set<(tag: string) => void>();
  private stopped = false;
  private syncing = false;
  private synced = false;
  private lastError: string | null = null;
  private unsubscribeKeys: () => void;
  private warmed: Promise<void> = Promise.resolve();
  snapshot: SyncSnapshot = {
    loaded: false,
    complete: false,
    synced: false,
    records: [],
    pendingCount: 0,
    conflicts: [],
    pendingReveals: [],
    problemCount: 0,
    syncing: false,
    lastError: null,
  };

  constructor(
    private readonly store: LocalStore,
    private readonly userId: string,
    private readonly onSignedOut: () => void,
  ) {
    this.decryptor = new RecordDecryptor(userId);
    // New couple keys can make records readable that were not before.
    this.unsubscribeKeys = keyVault.subscribe(() => this.rebuild());
  }

  async start(): Promise<void> {
    const [records, seen, outbox] = await Promise.all([
      this.store.allRecords(),
      this.store.seenVersions(),
      this.store.outbox(),
    ]);
    for (const r of records) this.records.set(r.id, r);
    this.seen = seen;
    // A fresh start is a good moment to retry: forget backoff timers from the last session.
    for (const e of outbox) this.outbox.set(e.recordId, { ...e, nextAttemptAt: 0 });
    // Show the newest records as soon as they are open; the rest follow without freezing the screen.
    const warming = this.decryptor.warm(records);
    this.warmed = warming.done.then(() => this.rebuild());
    await warming.first;
    this.rebuild(true);
    void this.sync();
  }

  /** Resolves once every stored record has been opened (export, for example, needs them all). */
  whenComplete(): Promise<void> {
    return this.warmed;
  }

  stop(): void {
    this.stopped = true;
    this.unsubscribeKeys();
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.listeners.clear();
    this.revealListeners.clear();
  }

  /** Called with the tag whenever the server has taken one of my daily-question answers. */
  onRevealSent = (listener: (tag: string) => void): (() => void) => {
    this.revealListeners.add(listener);
    return () => this.revealListeners.delete(listener);
  };

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  async sync(): Promise<void> {
    await this.pull();
    await this.flush();
  }

  /** Back online: try every waiting write now instead of at its backoff time. */
  retryNow(): void {
    for (const e of this.outbox.values()) e.nextAttemptAt = 0;
    void this.sync();
  }

  // ---- Writing ------------------------------------------------------------------------------

  async write(
    recordId: string,
    scope: RecordScope,
    ownerId: string,
    keyEpoch: number,
    payload: RecordPayload,
  ): Promise<void> {
    const { baseVersion, version } = plannedVersion(this.seen.get(recordId) ?? 0, this.outbox.get(recordId));
    const sealed = sealPayload(
      { scope, ownerId, keyEpoch, recordId, authorId: this.userId, version },
      payload,
    );
    await this.enqueue({
      recordId,
      scope,
      ownerId,
      keyEpoch,
      baseVersion,
      version,
      deleted: false,
      ...sealed,
      queuedAt: Date.now(),
      attempts: 0,
      nextAttemptAt: 0,
    });
  }

  /**
   * Queues my answer to a daily question under its opaque reveal tag. Sealed like a couple
   * record with record id 'reveal:' + tag and version 1; sent once, never edited.
   */
  async writeReveal(
    tag: string,
    coupleId: string,
    keyEpoch: number,
    answer: QuestionAnswerPayload,
  ): Promise<void> {
    if (!canQueueReveal([...this.outbox.values()], tag)) throw new AlreadyAnsweredError();
    const recordId = revealRecordId(tag);
    const sealed = sealPayload(
      { scope: 'couple', ownerId: coupleId, keyEpoch, recordId, authorId: this.userId, version: 1 },
      answer,
    );
    await this.enqueue({
      kind: 'reveal',
      recordId,
      scope: 'couple',
      ownerId: coupleId,
      keyEpoch,
      baseVersion: 0,
      version: 1,
      deleted: false,
      ...sealed,
      queuedAt: Date.now(),
      attempts: 0,
      nextAttemptAt: 0,
    });
  }

  async remove(recordId: string): Promise<void> {
    const server = this.records.get(recordId);
    const pending = this.outbox.get(recordId);
    if (pending && isRevealEntry(pending)) return; // answers cannot be taken back
    const base = pending ?? server;
    if (!base) return;
    const { baseVersion, version } = plannedVersion(this.seen.get(recordId) ?? 0, pending);
    const { scope, ownerId } = base;
    await this.enqueue({
      recordId,
      scope,
      ownerId,
      keyEpoch: base.keyEpoch,
      baseVersion,
      version,
      deleted: true,
      wrappedDek: null,
      body: null,
      queuedAt: Date.now(),
      attempts: 0,
      nextAttemptAt: 0,
    });
  }

  private async enqueue(entry: OutboxEntry): Promise<void> {
    // Update memory synchronously (no await in between), so concurrent writes and a running flush
    // never work from a stale copy of the outbox. The IndexedDB write is issued before the flush
    // starts, and IndexedDB runs readwrite transactions in order, so a later removal wins.
    const after = enqueue([...this.outbox.values()], entry);
    this.outbox = new Map(after.map((e) => [e.recordId, e]));
    const kept = this.outbox.get(entry.recordId);
    const persisted = kept ? this.store.putOutbox(kept) : this.store.removeOutbox(entry.recordId);
    this.rebuild();
    void this.flush();
    await persisted;
  }

  async resolveConflict(recordId: string, choice: 'mine' | 'theirs'): Promise<void> {
    const entry = this.outbox.get(recordId);
    if (!entry || isRevealEntry(entry)) return;
    if (choice === 'theirs') {
      this.outbox.delete(recordId);
      await this.store.removeOutbox(recordId);
    } else {
      await this.rebase(entry);
    }
    this.rebuild();
    void this.flush();
  }

  /** Re-seals a pending write on top of the server's current version (AAD binds the version). */
  private async rebase(entry: OutboxEntry): Promise<void> {
    const serverVersion = this.seen.get(entry.recordId) ?? 0;
    const version = serverVersion + 1;
    let next: OutboxEntry;
    if (entry.deleted) {
      next = {
        ...entry,
        baseVersion: serverVersion,
        version,
        conflict: false,
        attempts: 0,
        nextAttemptAt: 0,
      };
    } else {
      const payload = this.decryptor.entry(entry);
      if (!payload.ok) throw new Error('A pending change could not be read back.');
      const sealed = sealPayload({ ...entry, authorId: this.userId, version }, payload.payload);
      next = {
        ...entry,
        ...sealed,
        baseVersion: serverVersion,
        version,
        conflict: false,
        attempts: 0,
        nextAttemptAt: 0,
      };
    }
    this.outbox.set(entry.recordId, next);
    await this.store.putOutbox(next);
  }

  // ---- Pulling ------------------------------------------------------------------------------

  pull(): Promise<void> {
    if (this.pullRun) {
      this.pullAgain = true;
      return this.pullRun;
    }
    this.pullRun = (async () => {
      try {
        do {
          this.pullAgain = false;
          await this.pullOnce();
        } while (this.pullAgain && !this.stopped);
      } finally {
        this.pullRun = null;
      }
    })();
    return this.pullRun;
  }

  private async pullOnce(): Promise<void> {
    this.setSyncing(true);
    try {
      let cursor = await this.store.cursor();
      for (;;) {
        const page = await api.sync(cursor);
        const accepted: ApiRecord[] = [];
        for (const record of page.records) {
          const verdict = checkIncoming(this.seen.get(record.id), record.version);
          if (verdict === 'rollback') this.rolledBack.add(record.id);
          if (verdict !== 'new') continue;
          accepted.push(record);
          this.records.set(record.id, record);
          this.seen.set(record.id, record.version);
        }
        await this.store.applyPulled(accepted, page.cursor);
        cursor = page.cursor;
        if (!page.hasMore || this.stopped) break;
      }
      this.synced = true;
      this.lastError = null;
    } catch (error) {
      this.handleNetworkish(error);
    } finally {
      this.setSyncing(false);
      this.rebuild();
    }
  }

  // ---- Pushing ------------------------------------------------------------------------------

  flush(): Promise<void> {
    if (this.flushRun) {
      this.flushAgain = true;
      return this.flushRun;
    }
    this.flushRun = (async () => {
      try {
        do {
          this.flushAgain = false;
          await this.flushOnce();
        } while (this.flushAgain && !this.stopped);
      } finally {
        this.flushRun = null;
      }
    })();
    return this.flushRun;
  }

  private async flushOnce(): Promise<void> {
    for (const entry of dueEntries([...this.outbox.values()], Date.now())) {
      if (this.stopped) return;
      if (this.outbox.get(entry.recordId) !== entry) continue; // replaced meanwhile
      if (isRevealEntry(entry)) {
        const stop = await this.sendReveal(entry);
        this.rebuild();
        if (stop) break;
        continue;
      }
      try {
        const res = entry.deleted
          ? await api.deleteRecord(entry.recordId, entry.version)
          : await api.putRecord(entry.recordId, {
              scope: entry.scope,
              version: entry.version,
              keyEpoch: entry.keyEpoch,
              wrappedDek: entry.wrappedDek!,
              body: entry.body!,
            });
        const stored: ApiRecord = {
          ...res.record,
          wrappedDek: entry.wrappedDek,
          body: entry.body,
          deleted: entry.deleted,
          version: entry.version,
        };
        this.records.set(stored.id, stored);
        this.seen.set(stored.id, Math.max(stored.version, this.seen.get(stored.id) ?? 0));
        await this.store.applyPulled([stored], null);
        const current = this.outbox.get(entry.recordId);
        if (current === entry) {
          this.outbox.delete(entry.recordId);
          await this.store.removeOutbox(entry.recordId);
        } else if (current && current.baseVersion < entry.version) {
          // Edited again while this write was in flight: build the newer edit on what was just
          // accepted, instead of letting it collide with our own write.
          await this.rebase(current);
          this.flushAgain = true;
        }
        this.lastError = null;
      } catch (error) {
        const stop = await this.handlePushFailure(entry, error);
        if (stop) break;
      }
      this.rebuild();
    }
    this.rebuild();
    this.scheduleRetry();
  }

  /** Sends one reveal answer; returns true when the rest of the outbox should wait. */
  private async sendReveal(entry: OutboxEntry): Promise<boolean> {
    try {
      await api.putReveal(revealTagOf(entry), {
        keyEpoch: entry.keyEpoch,
        wrappedDek: entry.wrappedDek!,
        body: entry.body!,
      });
      await this.revealDone(entry);
      this.lastError = null;
      return false;
    } catch (error) {
      return this.handlePushFailure(entry, error);
    }
  }

  private async revealDone(entry: OutboxEntry): Promise<void> {
    this.outbox.delete(entry.recordId);
    await this.store.removeOutbox(entry.recordId);
    const tag = revealTagOf(entry);
    for (const l of this.revealListeners) l(tag);
  }

  /** Returns true when the rest of the outbox should wait (offline, signed out). */
  private async handlePushFailure(entry: OutboxEntry, error: unknown): Promise<boolean> {
    const status = error instanceof ApiError ? error.status : 0;
    const code = error instanceof ApiError ? error.code : 'UNKNOWN';
    const kind = classifyPushFailure(status, code);
    if (kind === 'already-there') {
      if (isRevealEntry(entry)) await this.revealDone(entry);
      else await this.dropEntry(entry, error);
      return false;
    }
    // A newer local edit replaced this write while it was in flight: that edit gets its own turn.
    const replaced = this.outbox.get(entry.recordId) !== entry;
    if (replaced && kind !== 'signed-out') {
      if (kind === 'conflict') await this.pull();
      return kind === 'retry';
    }
    if (kind === 'retry') {
      const attempts = entry.attempts + 1;
      const next = { ...entry, attempts, nextAttemptAt: Date.now() + backoffDelay(attempts) };
      this.outbox.set(entry.recordId, next);
      await this.store.putOutbox(next);
      this.handleNetworkish(error);
      return true;
    }
    if (kind === 'signed-out') {
      this.onSignedOut();
      return true;
    }
    if (kind === 'conflict' && !isRevealEntry(entry)) {
      await this.pull();
      const server = this.records.get(entry.recordId);
      const theirs = server && !server.deleted ? this.decryptor.server(server) : null;
      const decision = decideConflict(
        { deleted: entry.deleted, payload: entry.deleted ? null : okOrNull(this.decryptor.entry(entry)) },
        { deleted: !server || server.deleted, payload: theirs ? okOrNull(theirs) : null },
      );
      if (decision === 'keep-theirs') {
        this.outbox.delete(entry.recordId);
        await this.store.removeOutbox(entry.recordId);
      } else if (decision === 'keep-mine') {
        await this.rebase(entry);
        this.flushAgain = true;
      } else {
        const flagged = { ...entry, conflict: true };
        this.outbox.set(entry.recordId, flagged);
        await this.store.putOutbox(flagged);
      }
      return false;
    }
    // The server will never take this write (no couple any more, bad request): drop it, say so.
    await this.dropEntry(entry, error);
    return false;
  }

  private async dropEntry(entry: OutboxEntry, error: unknown): Promise<void> {
    this.outbox.delete(entry.recordId);
    await this.store.removeOutbox(entry.recordId);
    this.lastError = friendlyError(error);
  }

  private scheduleRetry(): void {
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.retryTimer = null;
    const waiting = [...this.outbox.values()].filter((e) => !e.conflict && e.nextAttemptAt > 0);
    if (waiting.length === 0 || this.stopped) return;
    const soonest = Math.min(...waiting.map((e) => e.nextAttemptAt));
    this.retryTimer = setTimeout(() => void this.flush(), Math.max(0, soonest - Date.now()));
  }

  private handleNetworkish(error: unknown): void {
    if (error instanceof ApiError && error.status === 401) {
      this.onSignedOut();
      return;
    }
    this.lastError = error instanceof ApiError && error.isNetwork ? null : friendlyError(error);
  }

  // ---- The snapshot the screens read -------------------------------------------------------

  private rebuild(markLoaded = false): void {
    if (this.stopped) return;
    const view = decryptedView(this.records, this.outbox, this.decryptor, this.userId);
    const loaded = this.snapshot.loaded || markLoaded;
    const complete = loaded && !this.decryptor.warming;
    this.snapshot = {
      loaded,
      complete,
      // "In step with the server" includes having opened everything stored here.
      synced: this.synced && complete,
      records: view.records,
      pendingCount: [...this.outbox.values()].filter((e) => !e.conflict).length,
      conflicts: view.conflicts,
      pendingReveals: view.pendingReveals,
      problemCount: view.unreadable + this.rolledBack.size,
      syncing: this.syncing,
      lastError: this.lastError,
    };
    for (const l of this.listeners) l();
  }

  private setSyncing(value: boolean): void {
    if (this.syncing === value) return;
    this.syncing = value;
  }
}
