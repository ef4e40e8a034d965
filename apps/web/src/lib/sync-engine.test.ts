// The sync engine against an in-memory server (fetch stub) and an in-memory store: offline
// writes, no duplicates, conflicts, and a hostile server that rolls back or tampers.
import { generateCoupleKey, generateUserKeys, makePublicIdentity } from '@hearth/crypto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ApiRecord } from './api-types';
import { keyVault } from './key-vault';
import type { LocalStore } from './local-store';
import { SyncEngine } from './sync-engine';
import type { OutboxEntry } from './sync-rules';

const USER = '00000000-0000-4000-8000-000000000001';
const COUPLE = '00000000-0000-4000-8000-0000000000c1';

class FakeServer {
  records = new Map<string, ApiRecord>();
  seq = 0;
  offline = false;
  puts = 0;
  /** When set, writes wait for this promise: lets a test act while a request is in flight. */
  gate: Promise<void> | null = null;

  put(
    id: string,
    body: {
      scope: 'user' | 'couple';
      version: number;
      keyEpoch: number;
      wrappedDek: string | null;
      body: string | null;
    },
    deleted = false,
    authorId = USER,
  ) {
    const current = this.records.get(id);
    if (body.version !== (current?.version ?? 0) + 1)
      return { status: 409, json: { error: { code: 'HEARTH_VERSION_CONFLICT', message: 'x' }, current } };
    const record: ApiRecord = {
      id,
      scope: body.scope,
      ownerId: body.scope === 'user' ? USER : COUPLE,
      authorId,
      version: body.version,
      keyEpoch: body.keyEpoch,
      wrappedDek: deleted ? null : body.wrappedDek,
      body: deleted ? null : body.body,
      deleted,
      seq: ++this.seq,
      updatedAt: new Date().toISOString(),
    };
    this.records.set(id, record);
    return { status: 200, json: { record: { ...record, wrappedDek: null, body: null } } };
  }

  fetch = async (input: string, init?: { method?: string; body?: string }): Promise<Response> => {
    if (this.offline) throw new TypeError('Failed to fetch');
    const url = new URL(input, 'http://hearth.test');
    const method = init?.method ?? 'GET';
    const reply = (status: number, json: unknown) =>
      new Response(JSON.stringify(json), { status, headers: { 'content-type': 'application/json' } });
    if (url.pathname === '/api/sync') {
      const cursor = Number(url.searchParams.get('cursor'));
      const records = [...this.records.values()].filter((r) => r.seq > cursor).sort((a, b) => a.seq - b.seq);
      return reply(200, { records, cursor: records.at(-1)?.seq ?? cursor, hasMore: false });
    }
    const id = decodeURIComponent(url.pathname.split('/').pop()!);
    if (method === 'PUT') {
      this.puts += 1;
      if (this.gate) await this.gate;
      const r = this.put(id, JSON.parse(init!.body!));
      return reply(r.status, r.json);
    }
    if (method === 'DELETE') {
      const current = this.records.get(id)!;
      const r = this.put(
        id,
        {
          scope: current.scope,
          version: Number(url.searchParams.get('version')),
          keyEpoch: current.keyEpoch,
          wrappedDek: null,
          body: null,
        },
        true,
      );
      return reply(r.status, r.json);
    }
    return reply(404, { error: { code: 'HEARTH_NOT_FOUND', message: 'x' } });
  };
}

class MemoryStore {
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
}

let server: FakeServer;
let store: MemoryStore;
let engines: SyncEngine[] = [];

function engine(s: MemoryStore = store): SyncEngine {
  const e = new SyncEngine(s as unknown as LocalStore, USER, () => undefined);
  engines.push(e);
  return e;
}

const notes = (e: SyncEngine) =>
  e.snapshot.records
    .filter((r) => r.payload.type === 'note')
    .map((r) => (r.payload.type === 'note' ? r.payload.text : ''));

beforeEach(() => {
  server = new FakeServer();
  store = new MemoryStore();
  vi.stubGlobal('fetch', server.fetch);
  const keys = generateUserKeys();
  keyVault.setUserKeys({ userId: USER, keys, identity: makePublicIdentity(USER, keys) });
  keyVault.setCoupleKey(COUPLE, 0, generateCoupleKey());
});

afterEach(() => {
  engines.forEach((e) => e.stop());
  engines = [];
  keyVault.wipe();
  vi.unstubAllGlobals();
});

const note = (text: string) => ({ type: 'note' as const, text, updatedAt: new Date().toISOString() });

describe('sync engine', () => {
  it('writes a private note, pushes it and reads it back on a second device', async () => {
    const a = engine();
    await a.start();
    await a.write('n1', 'user', USER, 0, note('hello'));
    await a.flush();
    expect(server.records.get('n1')?.version).toBe(1);
    const b = engine(new MemoryStore());
    await b.start();
    await b.pull();
    expect(notes(b)).toEqual(['hello']);
  });

  it('keeps writes made offline in the outbox and sends each exactly once when back online', async () => {
    const a = engine();
    await a.start();
    server.offline = true;
    await a.write('n1', 'couple', COUPLE, 0, note('first'));
    await a.write('n1', 'couple', COUPLE, 0, note('second'));
    await a.flush();
    expect(store.box.size).toBe(1);
    expect(a.snapshot.records[0]).toMatchObject({ pending: true });
    expect(notes(a)).toEqual(['second']);
    server.offline = false;
    a.retryNow();
    await a.flush();
    await vi.waitFor(() => expect(store.box.size).toBe(0));
    expect(server.records.get('n1')?.version).toBe(1);
    expect(server.puts).toBe(1);
  });

  it('survives a reload with unsent writes (outbox persisted)', async () => {
    const a = engine();
    await a.start();
    server.offline = true;
    await a.write('n1', 'user', USER, 0, note('kept'));
    a.stop();
    server.offline = false;
    const again = engine();
    await again.start();
    await vi.waitFor(() => expect(server.records.get('n1')?.version).toBe(1));
  });

  it('refuses a record the server rolls back to an older version, and says so once', async () => {
    const a = engine();
    await a.start();
    await a.write('n1', 'user', USER, 0, note('v1'));
    await a.flush();
    const v1 = structuredClone(server.records.get('n1')!);
    await a.write('n1', 'user', USER, 0, note('v2'));
    await a.flush();
    // The server replays the old ciphertext with a new sequence number.
    server.records.set('n1', { ...v1, seq: ++server.seq });
    await a.pull();
    expect(notes(a)).toEqual(['v2']);
    expect(a.snapshot.problemCount).toBe(1);
  });

  it('hides a record whose ciphertext was tampered with or moved, and counts it as a problem', async () => {
    const a = engine();
    await a.start();
    await a.write('n1', 'user', USER, 0, note('secret'));
    await a.flush();
    const good = server.records.get('n1')!;
    // Same ciphertext offered under another record id: the AAD binds the id, so it must fail.
    server.records.set('n2', { ...good, id: 'n2', seq: ++server.seq });
    // Claimed to be a later version without re-encryption: the AAD binds the version too.
    server.records.set('n3', {
      ...good,
      id: 'n3',
      version: 1,
      body: good.body!.slice(0, -4) + 'AAAA',
      seq: ++server.seq,
    });
    const b = engine(new MemoryStore());
    await b.start();
    await b.pull();
    expect(notes(b)).toEqual(['secret']);
    expect(b.snapshot.problemCount).toBe(2);
  });

  it('turns a stale note edit into a question, then keeps mine on request', async () => {
    const a = engine();
    await a.start();
    await a.write('n1', 'couple', COUPLE, 0, note('base'));
    await a.flush();
    // Someone else edits it on the server meanwhile (version 2).
    const other = engine(new MemoryStore());
    await other.start();
    await other.pull();
    await other.write('n1', 'couple', COUPLE, 0, note('theirs'));
    await other.flush();
    // This device edits its stale copy (builds on version 1).
    await a.write('n1', 'couple', COUPLE, 0, note('mine'));
    await a.flush();
    expect(a.snapshot.conflicts).toHaveLength(1);
    expect(a.snapshot.conflicts[0]).toMatchObject({ mine: { text: 'mine' }, theirs: { text: 'theirs' } });
    await a.resolveConflict('n1', 'mine');
    await a.flush();
    await vi.waitFor(() => expect(server.records.get('n1')?.version).toBe(3));
    await other.pull();
    expect(notes(other)).toEqual(['mine']);
  });

  it('drops my stale edit when I keep theirs', async () => {
    const a = engine();
    await a.start();
    await a.write('n1', 'couple', COUPLE, 0, note('base'));
    await a.flush();
    const other = engine(new MemoryStore());
    await other.start();
    await other.pull();
    await other.write('n1', 'couple', COUPLE, 0, note('theirs'));
    await other.flush();
    await a.write('n1', 'couple', COUPLE, 0, note('mine'));
    await a.flush();
    await a.resolveConflict('n1', 'theirs');
    expect(notes(a)).toEqual(['theirs']);
    expect(store.box.size).toBe(0);
  });

  it('deletes with a tombstone that other devices apply', async () => {
    const a = engine();
    await a.start();
    await a.write('n1', 'user', USER, 0, note('bye'));
    await a.flush();
    const b = engine(new MemoryStore());
    await b.start();
    await b.pull();
    expect(notes(b)).toEqual(['bye']);
    await a.remove('n1');
    await a.flush();
    expect(server.records.get('n1')).toMatchObject({ deleted: true, version: 2 });
    await b.pull();
    expect(notes(b)).toEqual([]);
  });

  it('an edit made while the first save is in flight is built on top of it, not a conflict with myself', async () => {
    const a = engine();
    await a.start();
    let open!: () => void;
    server.gate = new Promise((r) => (open = r));
    await a.write('n1', 'couple', COUPLE, 0, note('draft'));
    await a.write('n1', 'couple', COUPLE, 0, note('final'));
    open();
    server.gate = null;
    await vi.waitFor(() => expect(server.records.get('n1')?.version).toBe(2));
    await a.flush();
    expect(a.snapshot.conflicts).toEqual([]);
    expect(store.box.size).toBe(0);
    const b = engine(new MemoryStore());
    await b.start();
    await b.pull();
    expect(notes(b)).toEqual(['final']);
  });

  it('a write queued while another record is being pushed is neither lost nor sent twice', async () => {
    const a = engine();
    await a.start();
    let open!: () => void;
    server.gate = new Promise((r) => (open = r));
    const first = a.write('x', 'user', USER, 0, note('x'));
    await vi.waitFor(() => expect(server.puts).toBe(1));
    const second = a.write('y', 'user', USER, 0, note('y'));
    open();
    server.gate = null;
    await Promise.all([first, second]);
    await vi.waitFor(() => expect(server.records.get('y')?.version).toBe(1));
    await a.flush();
    expect(server.puts).toBe(2);
    expect(store.box.size).toBe(0);
  });
});
