// The outbox: my unsent writes, kept in IndexedDB so they survive reloads and offline spells,
// pushed oldest first with backoff. A version conflict is settled by the record's kind
// (decideConflict); a write for a side channel is handed to the side-channel client.
import { ApiError, api } from './api-client';
import type { ApiRecord, RecordScope } from './api-types';
import { friendlyError } from './friendly-errors';
import { sealPayload } from './record-codec';
import { okOrNull } from './record-decryptor';
import type { RecordPayload } from './record-payloads';
import { noteRequestFailure, Rerun, type SyncContext } from './sync-context';
import {
  backoffDelay,
  classifyPushFailure,
  decideConflict,
  dueEntries,
  enqueue,
  isRevealEntry,
  plannedVersion,
  type OutboxEntry,
} from './sync-rules';

/** Where side-channel entries go: sent elsewhere than the record store, exactly once. */
export interface SideChannelSender {
  send(entry: OutboxEntry): Promise<void>;
  /** The server holds it (just sent, or an earlier attempt whose answer was lost). */
  sent(entry: OutboxEntry): void;
}

export class SyncOutbox {
  private entries = new Map<string, OutboxEntry>();
  private retryTimer: ReturnType<typeof setTimeout> | null = null;
  private readonly runs: Rerun;

  constructor(
    private readonly ctx: SyncContext,
    private readonly pull: () => Promise<void>,
    private readonly sideChannel: SideChannelSender,
  ) {
    this.runs = new Rerun(
      () => this.flushOnce(),
      () => ctx.stopped,
    );
  }

  /** After a reload: backoff timers of the last session are forgotten, a good moment to retry. */
  load(entries: readonly OutboxEntry[]): void {
    for (const e of entries) this.entries.set(e.recordId, { ...e, nextAttemptAt: 0 });
  }

  get all(): ReadonlyMap<string, OutboxEntry> {
    return this.entries;
  }

  pending(): OutboxEntry[] {
    return [...this.entries.values()];
  }

  /** Writes waiting to be sent, not counting those waiting for the person to decide a conflict. */
  get waitingCount(): number {
    return this.pending().filter((e) => !e.conflict).length;
  }

  stop(): void {
    if (this.retryTimer) clearTimeout(this.retryTimer);
  }

  retryNow(): void {
    for (const e of this.entries.values()) e.nextAttemptAt = 0;
  }

  async write(
    recordId: string,
    scope: RecordScope,
    ownerId: string,
    keyEpoch: number,
    payload: RecordPayload,
  ): Promise<void> {
    const { baseVersion, version } = plannedVersion(
      this.ctx.seen.get(recordId) ?? 0,
      this.entries.get(recordId),
    );
    const sealed = sealPayload(
      { scope, ownerId, keyEpoch, recordId, authorId: this.ctx.userId, version },
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

  async remove(recordId: string): Promise<void> {
    const server = this.ctx.records.get(recordId);
    const pending = this.entries.get(recordId);
    if (pending && isRevealEntry(pending)) return; // sent once, never taken back
    const base = pending ?? server;
    if (!base) return;
    const { baseVersion, version } = plannedVersion(this.ctx.seen.get(recordId) ?? 0, pending);
    await this.enqueue({
      recordId,
      scope: base.scope,
      ownerId: base.ownerId,
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

  async enqueue(entry: OutboxEntry): Promise<void> {
    // Update memory synchronously (no await in between), so concurrent writes and a running flush
    // never work from a stale copy of the outbox. The IndexedDB write is issued before the flush
    // starts, and IndexedDB runs readwrite transactions in order, so a later removal wins.
    const after = enqueue(this.pending(), entry);
    this.entries = new Map(after.map((e) => [e.recordId, e]));
    const kept = this.entries.get(entry.recordId);
    const persisted = kept ? this.ctx.store.putOutbox(kept) : this.ctx.store.removeOutbox(entry.recordId);
    this.ctx.changed();
    void this.flush();
    await persisted;
  }

  async resolveConflict(recordId: string, choice: 'mine' | 'theirs'): Promise<void> {
    const entry = this.entries.get(recordId);
    if (!entry || isRevealEntry(entry)) return;
    if (choice === 'theirs') await this.forget(entry);
    else await this.rebase(entry);
    this.ctx.changed();
    void this.flush();
  }

  flush(): Promise<void> {
    return this.runs.run();
  }

  private async forget(entry: OutboxEntry): Promise<void> {
    this.entries.delete(entry.recordId);
    await this.ctx.store.removeOutbox(entry.recordId);
  }

  /**
   * Re-seals a pending write on top of the server's current version (the AAD binds the version),
   * with `payload` instead of the pending one when given (a merge).
   */
  private async rebase(entry: OutboxEntry, payload?: RecordPayload): Promise<void> {
    const serverVersion = this.ctx.seen.get(entry.recordId) ?? 0;
    const version = serverVersion + 1;
    const moved = {
      ...entry,
      baseVersion: serverVersion,
      version,
      conflict: false,
      attempts: 0,
      nextAttemptAt: 0,
    };
    let next: OutboxEntry = moved;
    if (!entry.deleted) {
      let body = payload;
      if (!body) {
        const opened = this.ctx.decryptor.entry(entry);
        if (!opened.ok) throw new Error('A pending change could not be read back.');
        body = opened.payload;
      }
      next = { ...moved, ...sealPayload({ ...entry, authorId: this.ctx.userId, version }, body) };
    }
    this.entries.set(entry.recordId, next);
    await this.ctx.store.putOutbox(next);
  }

  private async flushOnce(): Promise<void> {
    for (const entry of dueEntries(this.pending(), Date.now())) {
      if (this.ctx.stopped) return;
      if (this.entries.get(entry.recordId) !== entry) continue; // replaced meanwhile
      const stop = isRevealEntry(entry) ? await this.sendSideChannel(entry) : await this.sendRecord(entry);
      this.ctx.changed();
      if (stop) break;
    }
    this.ctx.changed();
    this.scheduleRetry();
  }

  /** Returns true when the rest of the outbox should wait. */
  private async sendSideChannel(entry: OutboxEntry): Promise<boolean> {
    try {
      await this.sideChannel.send(entry);
      await this.forget(entry);
      this.sideChannel.sent(entry);
      this.ctx.lastError = null;
      return false;
    } catch (error) {
      return this.handlePushFailure(entry, error);
    }
  }

  private async sendRecord(entry: OutboxEntry): Promise<boolean> {
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
      this.ctx.records.set(stored.id, stored);
      this.ctx.seen.set(stored.id, Math.max(stored.version, this.ctx.seen.get(stored.id) ?? 0));
      await this.ctx.store.applyPulled([stored], null);
      const current = this.entries.get(entry.recordId);
      if (current === entry) {
        await this.forget(entry);
      } else if (current && current.baseVersion < entry.version) {
        // Edited again while this write was in flight: build the newer edit on what was just
        // accepted, instead of letting it collide with our own write.
        await this.rebase(current);
        this.runs.requestAnother();
      }
      this.ctx.lastError = null;
      return false;
    } catch (error) {
      return this.handlePushFailure(entry, error);
    }
  }

  /** Returns true when the rest of the outbox should wait (offline, signed out). */
  private async handlePushFailure(entry: OutboxEntry, error: unknown): Promise<boolean> {
    const status = error instanceof ApiError ? error.status : 0;
    const code = error instanceof ApiError ? error.code : 'UNKNOWN';
    const kind = classifyPushFailure(status, code);
    if (kind === 'already-there') {
      if (isRevealEntry(entry)) {
        await this.forget(entry);
        this.sideChannel.sent(entry);
      } else await this.drop(entry, error);
      return false;
    }
    // A newer local edit replaced this write while it was in flight: that edit gets its own turn.
    const replaced = this.entries.get(entry.recordId) !== entry;
    if (replaced && kind !== 'signed-out') {
      if (kind === 'conflict') await this.pull();
      return kind === 'retry';
    }
    if (kind === 'retry') {
      const attempts = entry.attempts + 1;
      const next = { ...entry, attempts, nextAttemptAt: Date.now() + backoffDelay(attempts) };
      this.entries.set(entry.recordId, next);
      await this.ctx.store.putOutbox(next);
      noteRequestFailure(this.ctx, error);
      return true;
    }
    if (kind === 'signed-out') {
      this.ctx.signedOut();
      return true;
    }
    if (kind === 'conflict' && !isRevealEntry(entry)) {
      await this.settleConflict(entry);
      return false;
    }
    // The server will never take this write (no couple any more, bad request): drop it, say so.
    await this.drop(entry, error);
    return false;
  }

  private async settleConflict(entry: OutboxEntry): Promise<void> {
    await this.pull();
    const server = this.ctx.records.get(entry.recordId);
    const theirs = server && !server.deleted ? this.ctx.decryptor.server(server) : null;
    const decision = decideConflict(
      { deleted: entry.deleted, payload: entry.deleted ? null : okOrNull(this.ctx.decryptor.entry(entry)) },
      { deleted: !server || server.deleted, payload: theirs ? okOrNull(theirs) : null },
    );
    if (decision === 'keep-theirs') {
      await this.forget(entry);
    } else if (decision === 'keep-mine') {
      await this.rebase(entry);
      this.runs.requestAnother();
    } else if (decision === 'ask') {
      const flagged = { ...entry, conflict: true };
      this.entries.set(entry.recordId, flagged);
      await this.ctx.store.putOutbox(flagged);
    } else {
      await this.rebase(entry, decision.merged);
      this.runs.requestAnother();
    }
  }

  private async drop(entry: OutboxEntry, error: unknown): Promise<void> {
    await this.forget(entry);
    this.ctx.lastError = friendlyError(error);
  }

  private scheduleRetry(): void {
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.retryTimer = null;
    const waiting = this.pending().filter((e) => !e.conflict && e.nextAttemptAt > 0);
    if (waiting.length === 0 || this.ctx.stopped) return;
    const soonest = Math.min(...waiting.map((e) => e.nextAttemptAt));
    this.retryTimer = setTimeout(() => void this.flush(), Math.max(0, soonest - Date.now()));
  }
}
