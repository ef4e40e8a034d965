// Decrypts records for the sync engine and remembers the result per ciphertext, so the view
// can be rebuilt after every change without decrypting everything again.
import type { ApiRecord } from './api-types';
import { KeyUnavailableError, openPayload, type SealTarget } from './record-codec';
import { isKnownPayload, type RecordPayload } from './record-payloads';
import type { OutboxEntry } from './sync-rules';

export type Decrypted =
  { ok: true; payload: RecordPayload } | { ok: false; reason: 'unreadable' | 'no-key' | 'unknown-type' };

export function okOrNull(d: Decrypted): RecordPayload | null {
  return d.ok ? d.payload : null;
}

export class RecordDecryptor {
  private cache = new Map<string, Decrypted>();

  constructor(private readonly userId: string) {}

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
    return this.decrypt(`s:${r.id}:${r.version}:${r.body.slice(-24)}`, target, {
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
