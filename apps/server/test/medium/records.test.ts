import { randomUUID } from 'node:crypto';
import { openRecord } from '@hearth/crypto';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { databasesUnderTest } from '../support/databases';
import type { TestServer } from '../support/test-server';
import { withTestServer } from '../support/suite-server';
import { TestUser } from '../support/test-user';
import { waitFor } from '../support/wait-for';

const noteSchema = z.object({ type: z.literal('note'), text: z.string() });

describe.each(databasesUnderTest())('records and sync on $name', (under) => {
  let server: TestServer;

  withTestServer(under, (readyServer) => {
    server = readyServer;
  });

  async function couple() {
    const a = await TestUser.signUp(server, 'a');
    const b = await TestUser.signUp(server, 'b');
    await TestUser.pair(a, b);
    return { a, b };
  }

  it('a shared note written by one partner syncs to the other and decrypts there', async () => {
    const { a, b } = await couple();
    const { id, response } = await a.writeRecord('couple', { type: 'note', text: 'dinner on Friday?' });
    expect(response.statusCode).toBe(200);
    expect(response.json().record).toMatchObject({
      id,
      scope: 'couple',
      ownerId: a.coupleId,
      authorId: a.userId,
      version: 1,
    });
    const pulled = (await b.req('GET', '/api/sync?cursor=0')).json();
    const record = pulled.records.find((r: { id: string }) => r.id === id);
    const opened = openRecord(
      b.coupleKey!,
      { scope: 'couple', ownerId: b.coupleId!, recordId: id, authorId: a.userId, version: 1 },
      record,
      noteSchema,
    );
    expect(opened.text).toBe('dinner on Friday?');
  });

  it("a partner's private record is 404 on every endpoint and never in their sync", async () => {
    const { a, b } = await couple();
    const { id } = await b.writeRecord('user', { type: 'note', text: 'just for me' });
    const pulled = (await a.req('GET', '/api/sync?cursor=0')).json().records.map((r: { id: string }) => r.id);
    expect(pulled).not.toContain(id);
    const overwrite = await a.writeRecord('user', { type: 'note', text: 'mine now' }, { id, version: 2 });
    expect(overwrite.response.statusCode).toBe(404);
    const asCouple = await a.writeRecord('couple', { type: 'note', text: 'x' }, { id, version: 2 });
    expect(asCouple.response.statusCode).toBe(404);
    expect((await a.req('DELETE', `/api/records/${id}?version=2`)).statusCode).toBe(404);
  });

  it("another couple's record by id is 404", async () => {
    const first = await couple();
    const second = await couple();
    const { id } = await first.a.writeRecord('couple', { type: 'note', text: 'first couple only' });
    const probe = await second.a.writeRecord('couple', { type: 'note', text: 'probe' }, { id, version: 2 });
    expect(probe.response.statusCode).toBe(404);
    expect((await second.b.req('DELETE', `/api/records/${id}?version=2`)).statusCode).toBe(404);
    const pulled = (await second.b.req('GET', '/api/sync?cursor=0'))
      .json()
      .records.map((r: { id: string }) => r.id);
    expect(pulled).not.toContain(id);
  });

  it('client-set author, owner, couple and scope fields are ignored', async () => {
    const { a, b } = await couple();
    const stranger = await TestUser.signUp(server, 'stranger');
    const id = randomUUID();
    const response = await a.req('PUT', `/api/records/${id}`, {
      scope: 'user',
      version: 1,
      keyEpoch: 0,
      ...(await sealedFor(a, id)),
      authorId: b.userId,
      ownerId: stranger.userId,
      coupleId: randomUUID(),
    });
    expect(response.statusCode).toBe(200);
    expect(response.json().record).toMatchObject({ authorId: a.userId, ownerId: a.userId, scope: 'user' });
    const strangerSees = (await stranger.req('GET', '/api/sync?cursor=0')).json().records;
    expect(strangerSees).toHaveLength(0);
  });

  it('a stale write gets 409 with the current record so the client can merge', async () => {
    const { a, b } = await couple();
    const { id } = await a.writeRecord('couple', { type: 'note', text: 'v1' });
    expect(
      (await b.writeRecord('couple', { type: 'note', text: 'v2 by b' }, { id, version: 2 })).response
        .statusCode,
    ).toBe(200);
    const stale = await a.writeRecord('couple', { type: 'note', text: 'v2 by a' }, { id, version: 2 });
    expect(stale.response.statusCode).toBe(409);
    expect(stale.response.json().error.code).toBe('HEARTH_VERSION_CONFLICT');
    expect(stale.response.json().current).toMatchObject({ id, version: 2, authorId: b.userId });
    const creatingAgain = await a.writeRecord('couple', { type: 'note', text: 'dup' }, { id, version: 1 });
    expect(creatingAgain.response.statusCode).toBe(409);
  });

  it('deleting leaves a tombstone that syncs, with the ciphertext gone', async () => {
    const { a, b } = await couple();
    const { id } = await a.writeRecord('couple', { type: 'note', text: 'soon gone' });
    const cursor = (await b.req('GET', '/api/sync?cursor=0')).json().cursor;
    const deleted = await b.req('DELETE', `/api/records/${id}?version=2`);
    expect(deleted.statusCode).toBe(200);
    const after = (await a.req('GET', `/api/sync?cursor=${cursor}`)).json().records;
    expect(after).toHaveLength(1);
    expect(after[0]).toMatchObject({ id, deleted: true, body: null, wrappedDek: null, version: 2 });
  });

  it('sync pages through records in cursor order', async () => {
    const user = await TestUser.signUp(server, 'pager');
    for (let i = 0; i < 7; i += 1) await user.writeRecord('user', { type: 'note', text: `n${i}` });
    const seen: string[] = [];
    let cursor = 0;
    for (;;) {
      const page = (await user.req('GET', `/api/sync?cursor=${cursor}&limit=3`)).json();
      seen.push(...page.records.map((r: { id: string }) => r.id));
      cursor = page.cursor;
      if (!page.hasMore) break;
    }
    expect(seen).toHaveLength(7);
    expect(new Set(seen).size).toBe(7);
  });

  it('shared writes need an active couple (409) and private ones use epoch 0', async () => {
    const single = await TestUser.signUp(server, 'single');
    single.coupleKey = new Uint8Array(32);
    single.coupleId = randomUUID();
    const shared = await single.writeRecord('couple', { type: 'note', text: 'x' });
    expect(shared.response.statusCode).toBe(409);
    expect(shared.response.json().error.code).toBe('HEARTH_NO_COUPLE');
  });

  it('a change notice reaches the partner subscribed on this process, with no content', async () => {
    const { a, b } = await couple();
    const notices: Array<{ kind: string }> = [];
    const unsubscribe = server.server.ctx.notifier.subscribe(b.userId, (notice) => notices.push(notice));
    await a.writeRecord('couple', { type: 'note', text: 'live' });
    // Pairing's own 'couple' notice may still be on its way through LISTEN/NOTIFY on PostgreSQL.
    await waitFor(() => notices.some((notice) => notice.kind === 'change'));
    unsubscribe();
    expect(notices.find((notice) => notice.kind === 'change')).toMatchObject({
      kind: 'change',
      userIds: expect.arrayContaining([a.userId, b.userId]),
    });
    expect(JSON.stringify(notices)).not.toContain('live');
  });
});

async function sealedFor(user: TestUser, id: string) {
  const { sealRecord } = await import('@hearth/crypto');
  return sealRecord(
    user.keys.pdk,
    'pdk',
    { scope: 'user', ownerId: user.userId, recordId: id, authorId: user.userId, version: 1 },
    { type: 'note', text: 'x' },
  );
}
