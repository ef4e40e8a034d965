// Keeps this device's copy of my records in step with the server: pulls changes (with rollback
// protection), pushes the outbox (with backoff, surviving reloads and offline spells) and turns
// version conflicts into decisions. Decrypts on the fly; only ciphertext is ever stored.
import { ApiError, api } from './api-client';
import type { ApiRecord, RecordScope } from './api-types';
import { friendlyError } from './friendly-errors';
import { keyVault } from './key-vault';
import type { LocalStore } from './local-store';
import { KeyUnavailableError, openPayload, sealPayload } from './record-codec';
import { isKnownPayload, type RecordPayload } from './record-payloads';
import {
  backoffDelay,
  checkIncoming,
  classifyPushFailure,
  decideConflict,
  dueEntries,
  enqueue,
  plannedVersion,
  type OutboxEntry,
} from './sync-rules';

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
  mine: RecordPayload | null;
  theirs: RecordPayload | null;
}

export interface SyncSnapshot {
  loaded: boolean;
  /** True once this device has pulled from the server at least once since starting. */
  synced: boolean;
  records: DecryptedRecord[];
  pendingCount: number;
  conflicts: ConflictView[];
  /** Records that failed to decrypt or verify, or were rolled back by the server. */
  problemCount: number;
  syncing: boolean;
  lastError: string | null;
}

type Decrypted = { ok: true; payload: RecordPayload } | { ok: false; reason: 'unreadable' | 'no-key' | 'unknown-type' };

export class SyncEngine {
  private records = new Map<string, ApiRecord>();
  private seen = new Map<string, number>();
  private outbox = new Map<string, OutboxEntry>();
  private cache = new Map<string, Decrypted>();
  private rolledBack = new Set<string>();
  private pullRun: Promise<void> | null = null;
  private pullAgain = false;
  private flushRun: Promise<void> | null = null;
  private retryTimer: ReturnType<typeof setTimeout> | null = null;
  private listeners = new Set<() => void>();
  private stopped = false;
  private syncing = false;
  private synced = false;
  private lastError: string | null = null;
  private unsubscribeKeys: () => void;
  snapshot: SyncSnapshot = { loaded: false, synced: false, records: [], pendingCount: 0, conflicts: [], problemCount: 0, syncing: false, lastError: null };

  constructor(
    private readonly store: LocalStore,
    private readonly userId: string,
    private readonly onSignedOut: () => void,
  ) {
    // New couple keys can make records readable that were not before.
    this.unsubscribeKeys = keyVault.subscribe(() => this.rebuild());
  }

  async start(): Promise<void> {
    const [records, seen, outbox] = await Promise.all([this.store.allRecords(), this.store.seenVersions(), this.store.outbox()]);
    for (const r of records) this.records.set(r.id, r);
    this.seen = seen;
    for (const e of outbox) this.outbox.set(e.recordId, e);
    this.rebuild(true);
    void this.sync();
  }

  stop(): void {
    this.stopped = true;
    this.unsubscribeKeys();
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.listeners.clear();
  }

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

  async write(recordId: string, scope: RecordScope, ownerId: string, keyEpoch: number, payload: RecordPayload): Promise<void> {
    const { baseVersion, version } = plannedVersion(this.seen.get(recordId) ?? 0, this.outbox.get(recordId));
    const sealed = sealPayload({ scope, ownerId, keyEpoch, recordId, authorId: this.userId, version }, payload);
    await this.enqueue({ recordId, scope, ownerId, keyEpoch, baseVersion, version, deleted: false, ...sealed, queuedAt: Date.now(), attempts: 0, nextAttemptAt: 0 });
  }

  async remove(recordId: string): Promise<void> {
    const server = this.records.get(recordId);
    const pending = this.outbox.get(recordId);
    const base = pending ?? server;
    if (!base) return;
    const { baseVersion, version } = plannedVersion(this.seen.get(recordId) ?? 0, pending);
    const { scope, ownerId } = base;
    await this.enqueue({ recordId, scope, ownerId, keyEpoch: base.keyEpoch, baseVersion, version, deleted: true, wrappedDek: null, body: null, queuedAt: Date.now(), attempts: 0, nextAttemptAt: 0 });
  }

  private async enqueue(entry: OutboxEntry): Promise<void> {
    const before = [...this.outbox.values()];
    const after = enqueue(before, entry);
    const kept = after.find((e) => e.recordId === entry.recordId);
    if (kept) await this.store.putOutbox(kept);
    else await this.store.removeOutbox(entry.recordId);
    this.outbox = new Map(after.map((e) => [e.recordId, e]));
    this.rebuild();
    void this.flush();
  }

  async resolveConflict(recordId: string, choice: 'mine' | 'theirs'): Promise<void> {
    const entry = this.outbox.get(recordId);
    if (!entry) return;
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
      next = { ...entry, baseVersion: serverVersion, version, conflict: false, attempts: 0, nextAttemptAt: 0 };
    } else {
      const payload = this.decryptEntry(entry);
      if (!payload.ok) throw new Error('A pending change could not be read back.');
      const sealed = sealPayload({ ...entry, authorId: this.userId, version }, payload.payload);
      next = { ...entry, ...sealed, baseVersion: serverVersion, version, conflict: false, attempts: 0, nextAttemptAt: 0 };
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
    if (this.flushRun) return this.flushRun;
    this.flushRun = (async () => {
      try {
        await this.flushOnce();
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
      try {
        const res = entry.deleted
          ? await api.deleteRecord(entry.recordId, entry.version)
          : await api.putRecord(entry.recordId, { scope: entry.scope, version: entry.version, keyEpoch: entry.keyEpoch, wrappedDek: entry.wrappedDek!, body: entry.body! });
        const stored: ApiRecord = { ...res.record, wrappedDek: entry.wrappedDek, body: entry.body, deleted: entry.deleted, version: entry.version };
        this.records.set(stored.id, stored);
        this.seen.set(stored.id, Math.max(stored.version, this.seen.get(stored.id) ?? 0));
        await this.store.applyPulled([stored], null);
        if (this.outbox.get(entry.recordId) === entry) {
          this.outbox.delete(entry.recordId);
          await this.store.removeOutbox(entry.recordId);
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

  /** Returns true when the rest of the outbox should wait (offline, signed out). */
  private async handlePushFailure(entry: OutboxEntry, error: unknown): Promise<boolean> {
    const status = error instanceof ApiError ? error.status : 0;
    const code = error instanceof ApiError ? error.code : 'UNKNOWN';
    const kind = classifyPushFailure(status, code);
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
    if (kind === 'conflict') {
      await this.pull();
      const server = this.records.get(entry.recordId);
      const theirs = server && !server.deleted ? this.decryptServer(server) : null;
      const decision = decideConflict(
        { deleted: entry.deleted, payload: entry.deleted ? null : okOrNull(this.decryptEntry(entry)) },
        { deleted: !server || server.deleted, payload: theirs ? okOrNull(theirs) : null },
      );
      if (decision === 'keep-theirs') {
        this.outbox.delete(entry.recordId);
        await this.store.removeOutbox(entry.recordId);
      } else if (decision === 'keep-mine') {
        await this.rebase(entry);
        queueMicrotask(() => void this.flush());
      } else {
        const flagged = { ...entry, conflict: true };
        this.outbox.set(entry.recordId, flagged);
        await this.store.putOutbox(flagged);
      }
      return false;
    }
    // The server will never take this write (no couple any more, bad request): drop it, say so.
    this.outbox.delete(entry.recordId);
    await this.store.removeOutbox(entry.recordId);
    this.lastError = friendlyError(error);
    return false;
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

  // ---- Decrypting and the snapshot ----------------------------------------------------------

  private decrypt(cacheKey: string, target: Parameters<typeof openPayload>[0], sealed: { wrappedDek: string; body: string }): Decrypted {
    const cached = this.cache.get(cacheKey);
    if (cached) return cached;
    let result: Decrypted;
    try {
      const payload = openPayload(target, sealed);
      result = isKnownPayload(payload) ? { ok: true, payload } : { ok: false, reason: 'unknown-type' };
    } catch (error) {
      if (error instanceof KeyUnavailableError) return { ok: false, reason: 'no-key' };
      result = { ok: false, reason: 'unreadable' };
    }
    this.cache.set(cacheKey, result);
    return result;
  }

  private decryptServer(r: ApiRecord): Decrypted {
    if (!r.wrappedDek || !r.body) return { ok: false, reason: 'unreadable' };
    return this.decrypt(`s:${r.id}:${r.version}:${r.body.slice(-24)}`, { scope: r.scope, ownerId: r.ownerId, keyEpoch: r.keyEpoch, recordId: r.id, authorId: r.authorId, version: r.version }, { wrappedDek: r.wrappedDek, body: r.body });
  }

  private decryptEntry(e: OutboxEntry): Decrypted {
    if (!e.wrappedDek || !e.body) return { ok: false, reason: 'unreadable' };
    return this.decrypt(`o:${e.recordId}:${e.version}:${e.body.slice(-24)}`, { scope: e.scope, ownerId: e.ownerId, keyEpoch: e.keyEpoch, recordId: e.recordId, authorId: this.userId, version: e.version }, { wrappedDek: e.wrappedDek, body: e.body });
  }

  private rebuild(markLoaded = false): void {
    if (this.stopped) return;
    const out: DecryptedRecord[] = [];
    const conflicts: ConflictView[] = [];
    let problems = this.rolledBack.size;
    const ids = new Set([...this.records.keys(), ...this.outbox.keys()]);
    for (const id of ids) {
      const entry = this.outbox.get(id);
      const server = this.records.get(id);
      const serverPayload = server && !server.deleted ? this.decryptServer(server) : null;
      if (serverPayload && !serverPayload.ok && serverPayload.reason === 'unreadable') problems += 1;
      if (entry) {
        const mine = entry.deleted ? null : this.decryptEntry(entry);
        if (entry.conflict) conflicts.push({ recordId: id, mine: mine ? okOrNull(mine) : null, theirs: serverPayload ? okOrNull(serverPayload) : null });
        if (mine?.ok) {
          out.push({ id, scope: entry.scope, ownerId: entry.ownerId, authorId: this.userId, version: entry.version, updatedAt: server?.updatedAt ?? new Date(entry.queuedAt).toISOString(), payload: mine.payload, pending: true });
        }
        continue;
      }
      if (server && serverPayload?.ok) {
        out.push({ id, scope: server.scope, ownerId: server.ownerId, authorId: server.authorId, version: server.version, updatedAt: server.updatedAt, payload: serverPayload.payload, pending: false });
      }
    }
    this.snapshot = {
      loaded: this.snapshot.loaded || markLoaded,
      synced: this.synced,
      records: out,
      pendingCount: this.outbox.size,
      conflicts,
      problemCount: problems,
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

function okOrNull(d: Decrypted): RecordPayload | null {
  return d.ok ? d.payload : null;
}
