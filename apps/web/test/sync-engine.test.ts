// The sync engine against the real server in process (Fastify on PGlite) and an in-memory store:
// offline writes, no duplicates, conflicts, and a hostile server that rolls back or tampers.
import { randomUUID } from 'node:crypto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { SyncEngine } from '../src/lib/sync-engine';
import { MemoryStore } from './support/memory-store';
import { syncHarness } from './support/sync-harness';

const h = syncHarness();
/** Each test is a new couple on one shared server. */
let n1: string;

const notes = (e: SyncEngine) =>
  e.snapshot.records
    .filter((r) => r.payload.type === 'note')
    .map((r) => (r.payload.type === 'note' ? r.payload.text : ''));

beforeEach(() => {
  n1 = randomUUID();
});

const note = (text: string) => ({ type: 'note' as const, text, updatedAt: new Date().toISOString() });

describe('sync engine', () => {
  it('writes a private note, pushes it and reads it back on a second device', async () => {
    const a = h.engine();
    await a.start();
    await a.write(n1, 'user', h.userId, 0, note('hello'));
    await a.flush();
    expect((await h.server.records()).get(n1)?.version).toBe(1);
    const b = h.engine(new MemoryStore());
    await b.start();
    await b.pull();
    expect(notes(b)).toEqual(['hello']);
  });

  it('keeps writes made offline in the outbox and sends each exactly once when back online', async () => {
    const a = h.engine();
    await a.start();
    h.server.offline = true;
    await a.write(n1, 'couple', h.coupleId, 0, note('first'));
    await a.write(n1, 'couple', h.coupleId, 0, note('second'));
    await a.flush();
    expect(h.store.box.size).toBe(1);
    expect(a.snapshot.records[0]).toMatchObject({ pending: true });
    expect(notes(a)).toEqual(['second']);
    h.server.offline = false;
    a.retryNow();
    await a.flush();
    await vi.waitFor(() => expect(h.store.box.size).toBe(0));
    expect((await h.server.records()).get(n1)?.version).toBe(1);
    expect(h.server.puts).toBe(1);
  });

  it('survives a reload with unsent writes (outbox persisted)', async () => {
    const a = h.engine();
    await a.start();
    h.server.offline = true;
    await a.write(n1, 'user', h.userId, 0, note('kept'));
    a.stop();
    h.server.offline = false;
    const again = h.engine();
    await again.start();
    await vi.waitFor(async () => expect((await h.server.records()).get(n1)?.version).toBe(1));
  });

  it('refuses a record the server rolls back to an older version, and says so once', async () => {
    const a = h.engine();
    await a.start();
    await a.write(n1, 'user', h.userId, 0, note('v1'));
    await a.flush();
    const v1 = (await h.server.records()).get(n1)!;
    await a.write(n1, 'user', h.userId, 0, note('v2'));
    await a.flush();
    // The server replays the old ciphertext with a new sequence number.
    h.server.rewriteSync = (answer) => ({
      ...answer,
      records: [...answer.records, { ...v1, seq: answer.cursor + 1 }],
      cursor: answer.cursor + 1,
    });
    await a.pull();
    expect(notes(a)).toEqual(['v2']);
    expect(a.snapshot.problemCount).toBe(1);
  });

  it('hides a record whose ciphertext was tampered with or moved, and counts it as a problem', async () => {
    const a = h.engine();
    await a.start();
    await a.write(n1, 'user', h.userId, 0, note('secret'));
    await a.flush();
    const good = (await h.server.records()).get(n1)!;
    h.server.rewriteSync = (answer) => ({
      ...answer,
      records: [
        ...answer.records,
        // Same ciphertext offered under another record id: the AAD binds the id, so it must fail.
        { ...good, id: randomUUID(), seq: answer.cursor + 1 },
        // Its body changed without re-encryption: the AEAD tag no longer matches.
        { ...good, id: randomUUID(), body: good.body!.slice(0, -4) + 'AAAA', seq: answer.cursor + 2 },
      ],
      cursor: answer.cursor + 2,
    });
    const b = h.engine(new MemoryStore());
    await b.start();
    await b.pull();
    expect(notes(b)).toEqual(['secret']);
    expect(b.snapshot.problemCount).toBe(2);
  });

  it('turns a stale note edit into a question, then keeps mine on request', async () => {
    const a = h.engine();
    await a.start();
    await a.write(n1, 'couple', h.coupleId, 0, note('base'));
    await a.flush();
    // Someone else edits it on the server meanwhile (version 2).
    const other = h.engine(new MemoryStore());
    await other.start();
    await other.pull();
    await other.write(n1, 'couple', h.coupleId, 0, note('theirs'));
    await other.flush();
    // This device edits its stale copy (builds on version 1).
    await a.write(n1, 'couple', h.coupleId, 0, note('mine'));
    await a.flush();
    expect(a.snapshot.conflicts).toHaveLength(1);
    expect(a.snapshot.conflicts[0]).toMatchObject({ mine: { text: 'mine' }, theirs: { text: 'theirs' } });
    await a.resolveConflict(n1, 'mine');
    await a.flush();
    await vi.waitFor(async () => expect((await h.server.records()).get(n1)?.version).toBe(3));
    await other.pull();
    expect(notes(other)).toEqual(['mine']);
  });

  it('drops my stale edit when I keep theirs', async () => {
    const a = h.engine();
    await a.start();
    await a.write(n1, 'couple', h.coupleId, 0, note('base'));
    await a.flush();
    const other = h.engine(new MemoryStore());
    await other.start();
    await other.pull();
    await other.write(n1, 'couple', h.coupleId, 0, note('theirs'));
    await other.flush();
    await a.write(n1, 'couple', h.coupleId, 0, note('mine'));
    await a.flush();
    await a.resolveConflict(n1, 'theirs');
    expect(notes(a)).toEqual(['theirs']);
    expect(h.store.box.size).toBe(0);
  });

  it('deletes with a tombstone that other devices apply', async () => {
    const a = h.engine();
    await a.start();
    await a.write(n1, 'user', h.userId, 0, note('bye'));
    await a.flush();
    const b = h.engine(new MemoryStore());
    await b.start();
    await b.pull();
    expect(notes(b)).toEqual(['bye']);
    await a.remove(n1);
    await a.flush();
    expect((await h.server.records()).get(n1)).toMatchObject({ deleted: true, version: 2 });
    await b.pull();
    expect(notes(b)).toEqual([]);
  });

  it('an edit made while the first save is in flight is built on top of it, not a conflict with myself', async () => {
    const a = h.engine();
    await a.start();
    let open!: () => void;
    h.server.gate = new Promise((r) => (open = r));
    await a.write(n1, 'couple', h.coupleId, 0, note('draft'));
    await a.write(n1, 'couple', h.coupleId, 0, note('final'));
    open();
    h.server.gate = null;
    await vi.waitFor(async () => expect((await h.server.records()).get(n1)?.version).toBe(2));
    await a.flush();
    expect(a.snapshot.conflicts).toEqual([]);
    expect(h.store.box.size).toBe(0);
    const b = h.engine(new MemoryStore());
    await b.start();
    await b.pull();
    expect(notes(b)).toEqual(['final']);
  });

  it('a write queued while another record is being pushed is neither lost nor sent twice', async () => {
    const a = h.engine();
    await a.start();
    let open!: () => void;
    h.server.gate = new Promise((r) => (open = r));
    const [x, y] = [randomUUID(), randomUUID()];
    const first = a.write(x, 'user', h.userId, 0, note('x'));
    await vi.waitFor(() => expect(h.server.puts).toBe(1));
    const second = a.write(y, 'user', h.userId, 0, note('y'));
    open();
    h.server.gate = null;
    await Promise.all([first, second]);
    await vi.waitFor(async () => expect((await h.server.records()).get(y)?.version).toBe(1));
    await a.flush();
    expect(h.server.puts).toBe(2);
    expect(h.store.box.size).toBe(0);
  });
});
