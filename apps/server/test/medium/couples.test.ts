import { generateInviteSecret, deriveInviteId } from '@hearth/crypto';
import { describe, expect, it } from 'vitest';
import { databasesUnderTest } from '../support/databases';
import type { TestServer } from '../support/test-server';
import { withTestServer } from '../support/suite-server';
import { TestUser } from '../support/test-user';

describe.each(databasesUnderTest())('pairing on $name', (under) => {
  let server: TestServer;

  withTestServer(under, (readyServer) => {
    server = readyServer;
  });

  async function pair() {
    const a = await TestUser.signUp(server, 'a');
    const b = await TestUser.signUp(server, 'b');
    const { secret } = await a.invite();
    const accepted = await b.accept(secret);
    expect(accepted.statusCode).toBe(200);
    return { a, b };
  }

  it('pairs two people through a single-use invite and shows both identities', async () => {
    const { a, b } = await pair();
    const couple = (await a.req('GET', '/api/couple')).json().couple;
    expect(couple.status).toBe('active');
    expect(couple.members.map((m: { userId: string }) => m.userId).sort()).toEqual(
      [a.userId, b.userId].sort(),
    );
    // Only the inviter sees the acceptance (MAC and the joiner's sealed name) to verify it.
    expect(couple.acceptance.mac).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect((await b.req('GET', '/api/couple')).json().couple.acceptance).toBeNull();
    const confirmed = await a.req('POST', '/api/couple/confirm');
    expect(confirmed.json().couple.confirmedByInviter).toBe(true);
  });

  it('a replayed invite is refused with 404', async () => {
    const a = await TestUser.signUp(server, 'a');
    const b = await TestUser.signUp(server, 'b');
    const c = await TestUser.signUp(server, 'c');
    const { secret } = await a.invite();
    expect((await b.accept(secret)).statusCode).toBe(200);
    const replay = await c.accept(secret);
    expect(replay.statusCode).toBe(404);
    expect(replay.json().error.code).toBe('HEARTH_INVITE_NOT_FOUND');
  });

  it('a third person cannot join a couple (409)', async () => {
    const a = await TestUser.signUp(server, 'a');
    const b = await TestUser.signUp(server, 'b');
    const c = await TestUser.signUp(server, 'c');
    const first = await a.invite();
    const second = await a.invite();
    expect((await b.accept(first.secret)).statusCode).toBe(200);
    const third = await c.accept(second.secret);
    expect(third.statusCode).toBe(409);
    expect(third.json().error.code).toBe('HEARTH_COUPLE_FULL');
  });

  it('an expired invite is refused with 410', async () => {
    const a = await TestUser.signUp(server, 'a');
    const b = await TestUser.signUp(server, 'b');
    const { secret } = await a.invite();
    server.clock.advance(73 * 3_600_000);
    const late = await b.req('GET', `/api/invites/${deriveInviteId(secret)}`);
    expect(late.statusCode).toBe(410);
    expect(late.json().error.code).toBe('HEARTH_INVITE_EXPIRED');
  });

  it('a revoked invite is gone (404)', async () => {
    const a = await TestUser.signUp(server, 'a');
    const b = await TestUser.signUp(server, 'b');
    const { secret, inviteId } = await a.invite();
    expect((await a.req('GET', '/api/invites')).json().invites).toHaveLength(1);
    expect((await a.req('DELETE', `/api/invites/${inviteId}`)).statusCode).toBe(204);
    expect((await b.accept(secret)).statusCode).toBe(404);
  });

  it('an unknown invite id is 404 and nobody can accept their own invite (409)', async () => {
    const a = await TestUser.signUp(server, 'a');
    expect((await a.req('GET', `/api/invites/${deriveInviteId(generateInviteSecret())}`)).statusCode).toBe(
      404,
    );
    const { secret } = await a.invite();
    const own = await a.accept(secret);
    expect(own.statusCode).toBe(409);
    expect(own.json().error.code).toBe('HEARTH_OWN_INVITE');
  });

  it('of two concurrent accepts exactly one wins', async () => {
    const a = await TestUser.signUp(server, 'a');
    const b = await TestUser.signUp(server, 'b');
    const c = await TestUser.signUp(server, 'c');
    const { secret } = await a.invite();
    const results = await Promise.all([b.accept(secret), c.accept(secret)]);
    const statuses = results.map((r) => r.statusCode).sort();
    expect(statuses).toEqual([200, 404]);
    const couple = (await a.req('GET', '/api/couple')).json().couple;
    expect(couple.members).toHaveLength(2);
  });

  it('someone already paired cannot join another couple (409)', async () => {
    const { b } = await pair();
    const other = await TestUser.signUp(server, 'other');
    const { secret } = await other.invite();
    const response = await b.accept(secret);
    expect(response.statusCode).toBe(409);
    expect(response.json().error.code).toBe('HEARTH_ALREADY_PAIRED');
  });

  it('unlinking is unilateral: couple writes stop, the archive stays readable, no new couple key', async () => {
    const { a, b } = await pair();
    expect((await a.req('POST', '/api/couple/confirm')).statusCode).toBe(200);
    const note = await a.writeRecord('couple', { type: 'note', text: 'ours' });
    expect(note.response.statusCode).toBe(200);
    expect((await b.req('POST', '/api/couple/unlink')).json()).toEqual({ couple: null });
    expect((await a.req('GET', '/api/couple')).json().couple).toBeNull();
    const after = await a.writeRecord('couple', { type: 'note', text: 'more' });
    expect(after.response.statusCode).toBe(409);
    expect(after.response.json().error.code).toBe('HEARTH_NO_COUPLE');
    const pulled = (await b.req('GET', '/api/sync?cursor=0')).json().records.map((r: { id: string }) => r.id);
    expect(pulled).toContain(note.id);
    // The former partner cannot store a key for the old couple any more.
    const key = await b.req('PUT', '/api/keys/couple', {
      coupleId: a.coupleId,
      epoch: 0,
      wrapped: 'v1.ck-0.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA.AAAAAAAAAAAAAAAAAAAAAA',
    });
    expect(key.statusCode).toBe(404);
  });
});
