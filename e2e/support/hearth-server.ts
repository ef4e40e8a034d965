import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openPglite } from '../../apps/server/src/db/database';
import { dumpAllTables } from '../../apps/server/test/support/dump';
import {
  freePort,
  killHard,
  startServerProcess,
  type ServerProcess,
} from '../../apps/server/test/support/server-process';

/**
 * A real Hearth server process for browser tests: built web app, fresh embedded database,
 * logs captured so tests can check what reached them.
 */
export interface E2eServer {
  baseUrl: string;
  logs(): string;
  /** Stops the server and returns every row of the database as text. */
  stopAndDump(): Promise<string>;
  stop(): Promise<void>;
}

/** `env` adds server settings, e.g. a short re-authentication window. */
export async function startE2eServer(env: Record<string, string> = {}): Promise<E2eServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'hearth-e2e-'));
  const port = await freePort();
  let server: ServerProcess | undefined = await startServerProcess(
    { HEARTH_DATA_DIR: dataDir, HEARTH_LOG_LEVEL: 'info', ...env },
    port,
  );
  // Browsers treat http://localhost as a secure context, so the __Host- cookie works there.
  const baseUrl = `http://localhost:${port}`;
  const stop = async () => {
    if (server) await killHard(server);
    server = undefined;
  };
  return {
    baseUrl,
    logs: () => server?.output() ?? '',
    async stopAndDump() {
      const output = server?.output() ?? '';
      await stop();
      const database = await openPglite(join(dataDir, 'pglite'));
      try {
        return `${await dumpAllTables(database)}\n${output}`;
      } finally {
        await database.close();
        rmSync(dataDir, { recursive: true, force: true });
      }
    },
    stop,
  };
}
