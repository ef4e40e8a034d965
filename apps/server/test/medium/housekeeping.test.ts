import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database';
import { runHousekeeping } from '../../src/housekeeping';
import { databasesUnderTest } from '../support/databases';
import type { TestServer } from '../support/test-server';
import { withTestServer } from '../support/suite-server';
import { TestUser } from '../support/test-user';

async function count(database: Database, table: string, where = 'true'): Promise<number> {
  const result = await database.db.execute(sql.raw(`select count(*)::int as n from ${table} where ${where}`));
  return (result as unknown as { rows: Array<{ n: number }> }).rows[0]!.n;
}

describe.each(databasesUnderTest())('housekeeping on $name', (under) => {
  let database: Database;
  let server: TestServer;

  withTestServer(under, (readyServer, readyDatabase) => {
    server = readyServer;
    database = readyDatabase;
  });

  it('removes expired sessions and invitations but keeps live ones', async () => {
    const user = await TestUser.signUp(server, 'tidy');
    await user.invite();
    const before = await count(database, 'sessions', `user_id = '${user.userId}'`);
    expect(before).toBe(1);
    await runHousekeeping(server.server.ctx);
    expect(await count(database, 'sessions', `user_id = '${user.userId}'`)).toBe(1);
    server.clock.advance(90 * 86_400_000);
    await runHousekeeping(server.server.ctx);
    expect(await count(database, 'sessions', `user_id = '${user.userId}'`)).toBe(0);
    expect(await count(database, 'invites', `inviter_id = '${user.userId}'`)).toBe(0);
    expect((await user.req('GET', '/api/me')).statusCode).toBe(401);
  });
});
