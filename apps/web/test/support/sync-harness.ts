// What every sync test needs: one real server for the file, a new couple and a fresh device store
// for each test, `fetch` and the key vault pointed at them, and every engine stopped afterwards.
import { afterAll, afterEach, beforeAll, beforeEach, vi } from 'vitest';
import { keyVault } from '../../src/lib/key-vault';
import { SyncEngine } from '../../src/lib/sync-engine';
import { InProcessServer } from './in-process-server';
import { MemoryStore } from './memory-store';

export function syncHarness() {
  let server: InProcessServer | undefined;
  let store = new MemoryStore();
  let engines: SyncEngine[] = [];
  const started = () => {
    if (!server) throw new Error('the sync harness has not started yet');
    return server;
  };
  beforeAll(async () => {
    server = await InProcessServer.start();
  });
  afterAll(async () => {
    await server?.close();
  });
  beforeEach(async () => {
    await started().reset();
    store = new MemoryStore();
    vi.stubGlobal('fetch', started().fetch);
    started().unlockKeys();
  });
  afterEach(() => {
    engines.forEach((e) => e.stop());
    engines = [];
    keyVault.wipe();
    vi.unstubAllGlobals();
  });
  return {
    get server() {
      return started();
    },
    /** This device's store (a new one each test). */
    get store() {
      return store;
    },
    get userId() {
      return started().userId;
    },
    get coupleId() {
      return started().coupleId;
    },
    /** A sync engine for me on a device (this test's store unless another is given). */
    engine(on: MemoryStore = store): SyncEngine {
      const e = new SyncEngine(on.asLocalStore(), started().userId, () => undefined);
      engines.push(e);
      return e;
    },
  };
}
