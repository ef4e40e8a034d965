import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openRecord } from '@hearth/crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { httpTarget } from '../support/http-target';
import { freePort, killHard, startServerProcess } from '../support/server-process';
import { TestUser } from '../support/test-user';

/**
 * `kill -9` while writes are in flight: every write the client saw acknowledged must be there
 * after restart and must decrypt. Cycles: HEARTH_CRASH_CYCLES (default 4; the benchmark run uses 20).
 */
const cycles = Number(process.env.HEARTH_CRASH_CYCLES ?? 4);
const payloadSchema = z.object({ type: z.literal('note'), text: z.string() });

const targets: Array<{
  name: string;
  env: () => Promise<Record<string, string>>;
  cleanup: () => Promise<void>;
}> = [];
const only = process.env.HEARTH_TEST_DB;
if (!only || only === 'pglite') {
  const dir = mkdtempSync(join(tmpdir(), 'hearth-crash-'));
  targets.push({
    name: 'pglite',
    env: async () => ({ HEARTH_DATA_DIR: dir }),
    cleanup: async () => rmSync(dir, { recursive: true, force: true }),
  });
}
const pgUrl = process.env.HEARTH_TEST_DATABASE_URL;
if (pgUrl && (!only || only === 'postgres')) {
  targets.push({
    name: 'postgres',
    env: async () => ({ HEARTH_DATABASE_URL: pgUrl }),
    cleanup: async () => undefined,
  });
}

describe.each(targets)('kill -9 durability on $name', (target) => {
  afterAll(() => target.cleanup());

  it(`every acknowledged write survives ${cycles} hard kills and decrypts`, async () => {
    const env = await target.env();
    const port = await freePort();
    let server = await startServerProcess(env, port);
    const api = httpTarget(server.baseUrl);
    const user = await TestUser.signUp(api, 'crash');
    const acknowledged = new Map<string, string>();

    for (let cycle = 0; cycle < cycles; cycle += 1) {
      let stop = false;
      const writers = [0, 1, 2].map(async (writer) => {
        let n = 0;
        while (!stop) {
          const text = `cycle ${cycle} writer ${writer} write ${n++}`;
          try {
            const { id, response } = await user.writeRecord('user', { type: 'note', text });
            if (response.statusCode === 200) acknowledged.set(id, text);
          } catch {
            // the connection died with the server: that write was never acknowledged
          }
        }
      });
      await new Promise((r) => setTimeout(r, 400 + Math.random() * 600));
      await killHard(server);
      stop = true;
      await Promise.all(writers);
      server = await startServerProcess(env, port);
    }

    const seen = new Map<string, { wrappedDek: string; body: string; version: number; authorId: string }>();
    let cursor = 0;
    for (;;) {
      const page = (await user.req('GET', `/api/sync?cursor=${cursor}&limit=500`)).json();
      for (const record of page.records) seen.set(record.id, record);
      cursor = page.cursor;
      if (!page.hasMore) break;
    }
    await killHard(server);

    expect(acknowledged.size).toBeGreaterThan(cycles * 3);
    const missing = [...acknowledged.keys()].filter((id) => !seen.has(id));
    expect(missing, `${missing.length} acknowledged writes lost`).toEqual([]);
    for (const [id, text] of acknowledged) {
      const record = seen.get(id)!;
      const opened = openRecord(
        user.keys.pdk,
        { scope: 'user', ownerId: user.userId, recordId: id, authorId: user.userId, version: record.version },
        record,
        payloadSchema,
      );
      expect(opened.text).toBe(text);
    }
  }, 300_000);
});
