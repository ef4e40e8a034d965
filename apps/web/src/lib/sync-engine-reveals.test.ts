// Daily-question answers in the outbox: an entry kind of its own that goes to PUT /api/reveals/:tag,
// survives offline spells and reloads, is sent exactly once, and can never be changed.
import { generateCoupleKey, generateUserKeys, makePublicIdentity } from '@hearth/crypto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ApiRecord } from './api-types';
import { keyVault } from './key-vault';
import type { LocalStore } from './local-store';
import { openPayload } from './record-codec';
import type { QuestionAnswerPayload } from './record-payloads';
import { AlreadyAnsweredError, SyncEngine } from './sync-engine';
import type { OutboxEntry } from './sync-rules';

const USER = '00000000-0000-4000-8000-000000000001';
const COUPLE = '00000000-0000-4000-8000-0000000000c1';
const TAG = 'dGFnLW9mLXRoZS1kYXktYWJjZGVmZ2hpamtsbW5vcHFyc3Q';

interface StoredAnswer {
  keyEpoch: number;
  wrappedDek: string;
  body: string;
}

/** Records and reveals, with switches for being offline or losing the answer to a request. */
class FakeServer {
  records = new Map<string, ApiRecord>();
  reveals = new Map<string, StoredAnswer>();
  seq = 0;
  offline = false;
  /** The next reveal PUT is stored, but its answer never reaches the browser. */
  loseNextRevealAnswer = false;
  noCouple = false;
  revealPuts = 0;

  fetch = async (input: string, init?: { method?: string; body?: string }): Promise<Response> => {
    if (this.offline) throw new TypeError('Failed to fetch');
    const url = new URL(input, 'http://hearth.test');
    const method = init?.method ?? 'GET';
    const reply = (status: number, json: unknown) =>
      new Response(JSON.stringify(json), { status, headers: { 'content-type': 'application/json' } });
    if (url.pathname === '/api/sync') {
      const cursor = Number(url.searchParams.get('cursor'));
      const records = [...this.records.values()].filter((r) => r.seq > cursor);
      return reply(200, { records, cursor: records.at(-1)?.seq ?? cursor, hasMore: false });
    }
    if (url.pathname.startsWith('/api/reveals/') && method === 'PUT') {
      this.revealPuts += 1;
      const tag = decodeURIComponent(url.pathname.slice('/api/reveals/'.length));
      if (this.noCouple) return reply(409, { error: { code: 'HEARTH_NO_COUPLE', message: 'x' } });
      if (this.reveals.has(tag))
        return reply(409, { error: { code: 'HEARTH_ALREADY_ANSWERED', message: 'x' } });
      this.reveals.set(tag, JSON.parse(init!.body!) as StoredAnswer);
      if (this.loseNextRevealAnswer) {
        this.loseNextRevealAnswer = false;
        throw new TypeError('Failed to fetch');
      }
      return reply(201, { reveal: { tag } });
    }
    if (url.pathname.startsWith('/api/records/') && method === 'PUT') {
      const id = decodeURIComponent(url.pathname.split('/').pop()!);
      const body = JSON.parse(init!.body!) as ApiRecord;
      const record: ApiRecord = {
        ...body,
        id,
        ownerId: COUPLE,
        authorId: USER,
        deleted: false,
        seq: ++this.seq,
        updatedAt: new Date().toISOString(),
      };
      this.records.set(id, record);
      return reply(200, { record: { ...record, wrappedDek: null, body: null } });
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

const answer = (text: string): QuestionAnswerPayload => ({
  type: 'question-answer',
  questionId: 'q-inner-world-001',
  date: '2026-03-02',
  text,
  createdAt: '2026-03-02T08:00:00.000Z',
});

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

describe('reveal answers in the outbox', () => {
  it('keeps an answer written offline as pending (never as a record) and sends it once when back online', async () => {
    const a = engine();
    await a.start();
    const sent: string[] = [];
    a.onRevealSent((tag) => sent.push(tag));
    server.offline = true;
    await a.writeReveal(TAG, COUPLE, 0, answer('the smell of rain'));
    await a.flush();
    expect(a.snapshot.pendingReveals).toEqual([{ tag: TAG, answer: answer('the smell of rain') }]);
    expect(a.snapshot.records).toEqual([]);
    expect(a.snapshot.pendingCount).toBe(1);

    server.offline = false;
    a.retryNow();
    await vi.waitFor(() => expect(store.box.size).toBe(0));
    expect(server.revealPuts).toBe(1);
    expect(server.records.size).toBe(0);
    expect(sent).toEqual([TAG]);
    expect(a.snapshot.pendingReveals).toEqual([]);
  });

  it('refuses a second answer to the same question while the first is waiting', async () => {
    const a = engine();
    await a.start();
    server.offline = true;
    await a.writeReveal(TAG, COUPLE, 0, answer('first'));
    await expect(a.writeReveal(TAG, COUPLE, 0, answer('second'))).rejects.toBeInstanceOf(
      AlreadyAnsweredError,
    );
    expect(a.snapshot.pendingReveals.map((p) => p.answer.text)).toEqual(['first']);
  });

  it('treats "already answered" after a lost response as sent, without a duplicate', async () => {
    const a = engine();
    await a.start();
    const sent: string[] = [];
    a.onRevealSent((tag) => sent.push(tag));
    server.loseNextRevealAnswer = true;
    await a.writeReveal(TAG, COUPLE, 0, answer('once'));
    await a.flush();
    expect(store.box.size).toBe(1);
    a.retryNow();
    await vi.waitFor(() => expect(store.box.size).toBe(0));
    expect(server.revealPuts).toBe(2);
    expect(server.reveals.size).toBe(1);
    expect(sent).toEqual([TAG]);
    expect(a.snapshot.lastError).toBeNull();
  });

  it('survives a reload with the answer still unsent', async () => {
    const a = engine();
    await a.start();
    server.offline = true;
    await a.writeReveal(TAG, COUPLE, 0, answer('kept'));
    a.stop();
    server.offline = false;
    const again = engine();
    await again.start();
    await vi.waitFor(() => expect(server.reveals.has(TAG)).toBe(true));
    expect(store.box.size).toBe(0);
  });

  it('seals the answer to the record id "reveal:" + tag, so it cannot be moved to another tag', async () => {
    const a = engine();
    await a.start();
    await a.writeReveal(TAG, COUPLE, 0, answer('bound'));
    await vi.waitFor(() => expect(server.reveals.has(TAG)).toBe(true));
    const stored = server.reveals.get(TAG)!;
    const target = { scope: 'couple' as const, ownerId: COUPLE, keyEpoch: 0, authorId: USER, version: 1 };
    expect(openPayload({ ...target, recordId: `reveal:${TAG}` }, stored)).toMatchObject({ text: 'bound' });
    expect(() => openPayload({ ...target, recordId: 'reveal:another-tag' }, stored)).toThrow();
  });

  it('sends records and answers written offline together, each exactly once', async () => {
    const a = engine();
    await a.start();
    server.offline = true;
    await a.write('00000000-0000-4000-8000-0000000000aa', 'couple', COUPLE, 0, {
      type: 'touch',
      date: '2026-03-02',
      kind: 'hug',
      at: '2026-03-02T08:00:00.000Z',
      forBoth: true,
    });
    await a.writeReveal(TAG, COUPLE, 0, answer('together'));
    await a.flush();
    server.offline = false;
    a.retryNow();
    await vi.waitFor(() => expect(store.box.size).toBe(0));
    expect(server.records.size).toBe(1);
    expect(server.revealPuts).toBe(1);
    expect(a.snapshot.records.map((r) => r.payload.type)).toEqual(['touch']);
  });

  it('drops an answer the server will never take (no couple) and says so', async () => {
    const a = engine();
    await a.start();
    server.noCouple = true;
    await a.writeReveal(TAG, COUPLE, 0, answer('too late'));
    await a.flush();
    expect(store.box.size).toBe(0);
    expect(a.snapshot.lastError).toBe('Shared things need a linked partner first.');
  });
});
