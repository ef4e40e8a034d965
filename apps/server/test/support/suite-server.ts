import { afterAll, beforeAll } from 'vitest';
import type { Database } from '../../src/db/database';
import type { DatabaseUnderTest } from './databases';
import { startTestServer, type TestServer } from './test-server';

/**
 * Opens the database under test and a server on it for one suite, closing both afterwards.
 * `use` receives them once they are ready (called from beforeAll).
 */
export function withTestServer(
  under: DatabaseUnderTest,
  use: (server: TestServer, database: Database) => void,
  options: Parameters<typeof startTestServer>[1] = {},
): void {
  let database: Database | undefined;
  let server: TestServer | undefined;
  beforeAll(async () => {
    database = await under.open();
    server = await startTestServer(database, options);
    use(server, database);
  });
  afterAll(async () => {
    await server?.close();
    await database?.close();
  });
}
