// Decrypts records for the sync engine and remembers the result per ciphertext, so the view
// can be rebuilt after every change without decrypting everything again. A year of history is
// opened a slice at a time, newest first (`warm`), so the screen never freezes while it happens.
import type { ApiRecord } from './api-types';
import { KeyUnavailableError, openPayload, type SealTarget } from './record-codec';
import { isKnownPayload, type RecordPayload } from './record-payloads';
import type { OutboxEntry } from './sync-rules';

export type Decrypted =
  | { ok: true; payload: RecordPayload }
  /** `waiting`: queued for `warm`, not opened yet. */
  | { ok: false; reason: 'unreadable' | 'no-key' | 'unknown-type' | 'waiting' };

export interface Warming {
  /** The newest records are open (enough for today and this week). */
  first: Promise<void>;
  /** Every record given is open. */
  done: Promise<void>;
}

/** How many records open before the screen first shows: all of mine, then weeks of daily use. */
const FIRST_SLICE = 400;
/** The longest stretch of opening records before the browser gets a turn (under a long task). */
const SLICE_MS = 12;

function serverCacheKey(r: ApiRecord): string {
  return `s:${r.id}:${r.version}:${(r.body ?? '').slice(-24)}`;
}

/** Lets the browser paint and handle input before the next slice. */
function yieldToBrowser(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

export function okOrNull(d: Decrypted): RecordPayload | null {
  return d.ok ? d.payload : null;
}

export class RecordDecryptor {
  private cache = new Map<string, Decrypted>();
  private waiting = new Set<string>();

  constructor(private readonly userId: string) {}

  /** Whether records handed to `warm` are still waiting to be opened. */
  get warming(): boolean {
    return this.waiting.size > 0;
  }

  /**
   * Opens many records a slice at a time, newest first, giving the browser a turn between
   * slices. Until a record's turn comes, `server()` answers `waiting` for it.
   */
  warm(records: readonly ApiRecord[]): Warming {
    const todo = records
      .filter((r) => r.wrappedDek && r.body && !this.cache.has(serverCacheKey(r)))
      // My own records first (profile, partner's keys: few, and read everywhere), then the newest.
      .sort((a, b) => (a.scope === b.scope ? b.seq - a.seq : a.scope === 'user' ? -1 : 1));
    for (const r of todo) this.waiting.add(serverCacheKey(r));
    let markFirst: () => void = () => undefined;
    const first = new Promise<void>((resolve) => (markFirst = resolve));
    const done = (async () => {
      let index = 0;
      while (index < todo.length) {
        const started = performance.now();
        while (index < todo.length && performance.now() - started < SLICE_MS) {
          const r = todo[index]!;
          index += 1;
          this.waiting.delete(serverCacheKey(r));
          this.server(r);
        }
        if (index >= Math.min(FIRST_SLICE, todo.length)) markFirst();
        if (index < todo.length) await yieldToBrowser();
      }
      markFirst();
    })();
    return { first, done };
  }

  private decrypt(
    cacheKey: string,
    target: SealTarget,
    sealed: { wrappedDek: string; body: string },
  ): Decrypted {
    const cached = this.cache.get(cacheKey);
    if (cached) return cached;
    let result: Decrypted;
    try {
      const payload = openPayload(target, sealed);
      result = isKnownPayload(payload) ? { ok: true, payload } : { ok: false, reason: 'unknown-type' };
    } catch (error) {
      // A missing key is not a verdict on the record: try again once the key arrives.
      if (error instanceof KeyUnavailableError) return { ok: false, reason: 'no-key' };
      result = { ok: false, reason: 'unreadable' };
    }
    this.cache.set(cacheKey, result);
    return result;
  }

  /** A record as the server stored it (its author and version come from the server). */
  server(r: ApiRecord): Decrypted {
    if (!r.wrappedDek || !r.body) return { ok: false, reason: 'unreadable' };
    const target = {
      scope: r.scope,
      ownerId: r.ownerId,
      keyEpoch: r.keyEpoch,
      recordId: r.id,
      authorId: r.authorId,
      version: r.version,
    };
    if (this.waiting.has(serverCacheKey(r))) return { ok: false, reason: 'waiting' };
    return this.decrypt(serverCacheKey(r), target, {
      wrappedDek: r.wrappedDek,
      body: r.body,
    });
  }

  /** One of my own unsent writes. */
  entry(e: OutboxEntry): Decrypted {
    if (!e.wrappedDek || !e.body) return { ok: false, reason: 'unreadable' };
    const target = {
      scope: e.scope,
      ownerId: e.ownerId,
      keyEpoch: e.keyEpoch,
      recordId: e.recordId,
      authorId: this.userId,
      version: e.version,
    };
    return this.decrypt(`o:${e.recordId}:${e.version}:${e.body.slice(-24)}`, target, {
      wrappedDek: e.wrappedDek,
      body: e.body,
    });
  }
}
