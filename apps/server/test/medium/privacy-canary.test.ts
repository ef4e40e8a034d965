import { inviteSecretToFragment, toB64 } from '@hearth/crypto';
import { describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database';
import { dumpAllTables } from '../support/dump';
import { databasesUnderTest } from '../support/databases';
import type { TestServer } from '../support/test-server';
import { withTestServer } from '../support/suite-server';
import { TestUser } from '../support/test-user';

describe.each(databasesUnderTest())('privacy canaries on $name', (under) => {
  let database: Database;
  let server: TestServer;
  const logs: string[] = [];

  withTestServer(
    under,
    (readyServer, readyDatabase) => {
      server = readyServer;
      database = readyDatabase;
    },
    { logs },
  );

  it('the database and the logs hold no plaintext, no password and no key bytes', async () => {
    const marker = `canary-${Math.random().toString(36).slice(2)}-plaintext`;
    const password = `pw-${Math.random().toString(36).slice(2)}-secret`;
    const a = await TestUser.signUp(server, 'canary', password);
    const b = await TestUser.signUp(server, 'canary');
    const { secret } = await a.invite();
    await b.accept(secret);
    await a.req('POST', '/api/couple/confirm');
    await a.writeRecord('couple', { type: 'note', text: `shared ${marker}` });
    await b.writeRecord('user', { type: 'note', text: `private ${marker}` });
    await a.signIn();

    const dump = await dumpAllTables(database);
    const log = logs.join('\n');
    expect(log.length).toBeGreaterThan(0);
    const forbidden = {
      marker,
      password,
      recoveryKey: a.recoveryDisplay,
      pdk: toB64(a.keys.pdk),
      umk: toB64(a.keys.umk),
      coupleKey: toB64(a.coupleKey!),
      identitySecret: toB64(a.keys.ed25519.secretKey),
      inviteSecret: inviteSecretToFragment(secret),
    };
    for (const [name, value] of Object.entries(forbidden)) {
      expect(dump.includes(value), `${name} found in the database dump`).toBe(false);
      expect(log.includes(value), `${name} found in the server log`).toBe(false);
    }
    // Session tokens are stored hashed: the cookie value is not in the database either.
    const token = a.cookie.split('=')[1]!;
    expect(dump.includes(token)).toBe(false);
    expect(log.includes(token)).toBe(false);
  });
});
