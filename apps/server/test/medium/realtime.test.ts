import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database';
import { databasesUnderTest } from '../support/databases';
import { openEventStream } from '../support/event-stream';
import { startTestServer, type TestServer } from '../support/test-server';
import { TestUser } from '../support/test-user';

/**
 * Two server instances on one database: a change written through one reaches an event stream
 * held open on the other (PostgreSQL LISTEN/NOTIFY; on PGlite, two apps sharing one process).
 */
describe.each(databasesUnderTest())('realtime fan-out across instances on $name', (under) => {
  let firstDb: Database;
  let secondDb: Database;
  let first: TestServer;
  let second: TestServer;
  let secondUrl: string;

  beforeAll(async () => {
    firstDb = await under.open();
    secondDb = under.name === 'postgres' ? await under.open() : firstDb;
    first = await startTestServer(firstDb);
    second = await startTestServer(secondDb);
    await second.app.listen({ port: 0, host: '127.0.0.1' });
    secondUrl = `http://127.0.0.1:${(second.app.server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await first.close();
    await second.close();
    await firstDb.close();
    if (secondDb !== firstDb) await secondDb.close();
  });

  it('a shared note written on instance one arrives as an event on instance two, without content', async () => {
    const a = await TestUser.signUp(first, 'a');
    const b = await TestUser.signUp(first, 'b');
    await TestUser.pair(a, b);

    const stream = await openEventStream(secondUrl, b.cookie);
    expect(stream.response.status).toBe(200);
    expect(stream.response.headers.get('content-type')).toContain('text/event-stream');
    expect(stream.response.headers.get('content-security-policy')).toContain("default-src 'self'");
    await a.writeRecord('couple', { type: 'note', text: 'marker-live-123' });
    await stream.until('event: change');
    stream.close();
    expect(stream.received()).toMatch(/event: change\ndata: \{"cursor":\d+\}/);
    expect(stream.received()).not.toContain('marker-live-123');
  });

  it('a device signed out from another device is told at once through its event stream', async () => {
    const phone = await TestUser.signUp(first, 'phone');
    const laptop = new TestUser(first, phone.handle, phone.password);
    await laptop.signIn();
    const stream = await openEventStream(secondUrl, phone.cookie);
    const sessions = (await laptop.req('GET', '/api/sessions')).json().sessions as Array<{
      id: string;
      current: boolean;
    }>;
    await laptop.req('DELETE', `/api/sessions/${sessions.find((s) => !s.current)!.id}`);
    await stream.ended();
    expect(stream.received()).toContain('event: signed-out');
  });

  it('the event stream needs a session (401)', async () => {
    const response = await fetch(`${secondUrl}/api/events`);
    expect(response.status).toBe(401);
  });
});
