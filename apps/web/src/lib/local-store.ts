// IndexedDB cache for one user: ciphertext records, the highest version seen per record
// (rollback protection), the outbox of unsent writes and the sync cursor. Never plaintext.
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { ApiRecord, ApiReveal, MeResponse } from './api-types';
import type { OutboxEntry } from './sync-rules';

interface HearthDb extends DBSchema {
  records: { key: string; value: ApiRecord };
  versions: { key: string; value: number };
  outbox: { key: string; value: OutboxEntry };
  meta: { key: string; value: unknown };
}

const DB_PREFIX = 'hearth-data-';

export class LocalStore {
  private constructor(private readonly db: IDBPDatabase<HearthDb>) {}

  static async open(userId: string): Promise<LocalStore> {
    const db: IDBPDatabase<HearthDb> = await openDB<HearthDb>(DB_PREFIX + userId, 1, {
      // Why: sign-out in another tab deletes this database; let it go instead of blocking it.
      blocking() {
        db.close();
      },
      upgrade(database) {
        database.createObjectStore('records', { keyPath: 'id' });
        database.createObjectStore('versions');
        database.createObjectStore('outbox', { keyPath: 'recordId' });
        database.createObjectStore('meta');
      },
    });
    return new LocalStore(db);
  }

  close(): void {
    this.db.close();
  }

  allRecords(): Promise<ApiRecord[]> {
    return this.db.getAll('records');
  }

  async seenVersions(): Promise<Map<string, number>> {
    // Two bulk reads instead of a cursor step per record: a year is thousands of keys.
    const tx = this.db.transaction('versions');
    const [keys, values] = await Promise.all([tx.store.getAllKeys(), tx.store.getAll()]);
    return new Map(keys.map((key, index) => [key, values[index]!]));
  }

  /** Stores accepted records, their versions and the new cursor atomically. */
  async applyPulled(records: ApiRecord[], cursor: number | null): Promise<void> {
    const tx = this.db.transaction(['records', 'versions', 'meta'], 'readwrite');
    // Queue every put at once; the transaction commits them together (or none).
    const writes: Promise<unknown>[] = [];
    for (const record of records) {
      writes.push(
        tx.objectStore('records').put(record),
        tx.objectStore('versions').put(record.version, record.id),
      );
    }
    if (cursor !== null) writes.push(tx.objectStore('meta').put(cursor, 'cursor'));
    await Promise.all([...writes, tx.done]);
  }

  async cursor(): Promise<number> {
    const value = await this.db.get('meta', 'cursor');
    return typeof value === 'number' ? value : 0;
  }

  outbox(): Promise<OutboxEntry[]> {
    return this.db.getAll('outbox');
  }

  async putOutbox(entry: OutboxEntry): Promise<void> {
    await this.db.put('outbox', entry);
  }

  async removeOutbox(recordId: string): Promise<void> {
    await this.db.delete('outbox', recordId);
  }

  /** The last answer of GET /api/reveals/:tag (sealed answers only), so a reveal reads offline. */
  async saveReveal(tag: string, reveal: ApiReveal): Promise<void> {
    await this.db.put('meta', reveal, `reveal:${tag}`);
  }

  async loadReveal(tag: string): Promise<ApiReveal | null> {
    return ((await this.db.get('meta', `reveal:${tag}`)) as ApiReveal | undefined) ?? null;
  }

  /** Last /api/me answer (public keys and wrapped keys only), so the app opens offline. */
  async saveMe(me: MeResponse): Promise<void> {
    await this.db.put('meta', me, 'me');
  }

  async loadMe(): Promise<MeResponse | null> {
    return ((await this.db.get('meta', 'me')) as MeResponse | undefined) ?? null;
  }
}

/** Deletes every Hearth database on this device (sign-out, account deletion). */
export async function deleteAllLocalData(): Promise<void> {
  const names = new Set<string>(['hearth-device']);
  try {
    const dbs = await indexedDB.databases();
    for (const d of dbs)
      if (d.name && (d.name.startsWith(DB_PREFIX) || d.name.startsWith('hearth-'))) names.add(d.name);
  } catch {
    // Older browsers lack databases(); the device database is still removed below.
  }
  await Promise.all([...names].map((name) => deleteDatabase(name)));
}

export function deleteDatabase(name: string): Promise<void> {
  return new Promise((resolve) => {
    const req = indexedDB.deleteDatabase(name);
    req.onsuccess = () => resolve();
    req.onerror = () => resolve();
    // A blocked delete finishes once other tabs close the database; do not wait for them.
    req.onblocked = () => resolve();
  });
}
