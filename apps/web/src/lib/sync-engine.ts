// Keeps this device's copy of my records in step with the server, from three parts: the puller
// (changes in, with rollback protection), the outbox (my writes out, with backoff and conflict
// decisions) and the side-channel client (reveal answers). Decrypts on the fly; only ciphertext
// is ever stored. The screens read `snapshot`.
import { keyVault } from './key-vault';
import type { LocalStore } from './local-store';
import { RecordDecryptor } from './record-decryptor';
import type { QuestionAnswerPayload, RecordPayload } from './record-payloads';
import type { RecordScope } from './api-types';
import { SideChannelClient } from './side-channel-client';
import type { SyncContext } from './sync-context';
import { SyncOutbox } from './sync-outbox';
import { SyncPuller } from './sync-puller';
import { decryptedView, type SyncSnapshot } from './sync-snapshot';

export type { ConflictView, DecryptedRecord, PendingReveal, SyncSnapshot } from './sync-snapshot';
export { AlreadyAnsweredError } from './side-channel-client';

export class SyncEngine {
  private readonly ctx: SyncContext;
  private readonly puller: SyncPuller;
  private readonly outbox: SyncOutbox;
  private readonly sideChannels: SideChannelClient;
  private listeners = new Set<() => void>();
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

  constructor(store: LocalStore, userId: string, onSignedOut: () => void) {
    this.ctx = {
      store,
      userId,
      decryptor: new RecordDecryptor(userId),
      records: new Map(),
      seen: new Map(),
      stopped: false,
      lastError: null,
      changed: () => this.rebuild(),
      signedOut: onSignedOut,
    };
    this.puller = new SyncPuller(this.ctx);
    this.sideChannels = new SideChannelClient(this.ctx, () => this.outbox);
    this.outbox = new SyncOutbox(this.ctx, () => this.puller.pull(), this.sideChannels);
    // New couple keys can make records readable that were not before.
    this.unsubscribeKeys = keyVault.subscribe(() => this.rebuild());
  }

  async start(): Promise<void> {
    const [records, seen, outbox] = await Promise.all([
      this.ctx.store.allRecords(),
      this.ctx.store.seenVersions(),
      this.ctx.store.outbox(),
    ]);
    for (const r of records) this.ctx.records.set(r.id, r);
    for (const [id, version] of seen) this.ctx.seen.set(id, version);
    this.outbox.load(outbox);
    // Show the newest records as soon as they are open; the rest follow without freezing the screen.
    const warming = this.ctx.decryptor.warm(records);
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
    this.ctx.stopped = true;
    this.unsubscribeKeys();
    this.outbox.stop();
    this.sideChannels.stop();
    this.listeners.clear();
  }

  /** Called with the tag whenever the server has taken one of my daily-question answers. */
  onRevealSent = (listener: (tag: string) => void): (() => void) => this.sideChannels.onRevealSent(listener);

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
    this.outbox.retryNow();
    void this.sync();
  }

  pull(): Promise<void> {
    return this.puller.pull();
  }

  flush(): Promise<void> {
    return this.outbox.flush();
  }

  write(recordId: string, scope: RecordScope, ownerId: string, keyEpoch: number, payload: RecordPayload) {
    return this.outbox.write(recordId, scope, ownerId, keyEpoch, payload);
  }

  /** Queues my answer to a daily question under its opaque reveal tag (checked, then sealed). */
  writeReveal(tag: string, coupleId: string, keyEpoch: number, answer: QuestionAnswerPayload): Promise<void> {
    return this.sideChannels.writeReveal(tag, coupleId, keyEpoch, answer);
  }

  remove(recordId: string): Promise<void> {
    return this.outbox.remove(recordId);
  }

  resolveConflict(recordId: string, choice: 'mine' | 'theirs'): Promise<void> {
    return this.outbox.resolveConflict(recordId, choice);
  }

  private rebuild(markLoaded = false): void {
    if (this.ctx.stopped) return;
    const view = decryptedView(this.ctx.records, this.outbox.all, this.ctx.decryptor, this.ctx.userId);
    const loaded = this.snapshot.loaded || markLoaded;
    const complete = loaded && !this.ctx.decryptor.warming;
    this.snapshot = {
      loaded,
      complete,
      // "In step with the server" includes having opened everything stored here.
      synced: this.puller.synced && complete,
      records: view.records,
      pendingCount: this.outbox.waitingCount,
      conflicts: view.conflicts,
      pendingReveals: view.pendingReveals,
      problemCount: view.unreadable + this.puller.rolledBack.size,
      syncing: this.puller.syncing,
      lastError: this.ctx.lastError,
    };
    for (const l of this.listeners) l();
  }
}
