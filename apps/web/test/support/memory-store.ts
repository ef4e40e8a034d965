// The device's local store (IndexedDB in the browser) kept in memory, for sync tests.
import type { ApiRecord } from '../../src/lib/api-types';
import type { LocalStore } from '../../src/lib/local-store';
import type { OutboxEntry } from '../../src/lib/sync-rules';

export class MemoryStore {
  records = new Map<string, ApiRecord>();
  versions = new Map<string, number>();
  box = new Map<string, OutboxEntry>();
  cur = 0;
  async allRecords() {
    return [...this.records.values()];
  }
  async seenVersions() {
    return new Map(this.versions);
  }
  async applyPulled(records: ApiRecord[], cursor: number | null) {
    for (const r of records) {
      this.records.set(r.id, r);
      this.versions.set(r.id, r.version);
    }
    if (cursor !== null) this.cur = cursor;
  }
  async cursor() {
    return this.cur;
  }
  async outbox() {
    return [...this.box.values()];
  }
  async putOutbox(e: OutboxEntry) {
    this.box.set(e.recordId, structuredClone(e));
  }
  async removeOutbox(id: string) {
    this.box.delete(id);
  }
  asLocalStore(): LocalStore {
    return this as unknown as LocalStore;
  }
}
