import { randomUUID } from 'node:crypto';
import { sealRecord } from '@hearth/crypto';
import type { Database } from '../../apps/server/src/db/database';
import { records } from '../../apps/server/src/db/schema';
import { startTestServer } from '../../apps/server/test/support/test-server';
import { TestUser } from '../../apps/server/test/support/test-user';
import { samplePayload } from './sealed-samples';

export interface SessionUser {
  userId: string;
  coupleId: string;
  /** `name=value` for the Cookie header. */
  cookie: string;
}

const YEAR_MS = 31_536_000_000;
const INSERT_BATCH = 500;

/**
 * One couple made the way the browser makes it (OPAQUE sign-up, pairing through an invite) with a
 * year of real records: sealed with their own keys, so they would decrypt on their devices. The
 * server runs in this process only for the sign-up; the records go in by SQL to save minutes.
 */
export async function createRealCouple(
  database: Database,
  history: number,
): Promise<{ users: SessionUser[]; records: number }> {
  const server = await startTestServer(database);
  try {
    const a = await TestUser.signUp(server, 'bench-real');
    const b = await TestUser.signUp(server, 'bench-real');
    const { secret } = await a.invite();
    const accepted = await b.accept(secret);
    if (accepted.statusCode !== 200)
      throw new Error(`pairing failed: ${accepted.statusCode} ${accepted.body}`);
    const confirmed = await a.req('POST', '/api/couple/confirm');
    if (confirmed.statusCode !== 200)
      throw new Error(`confirm failed: ${confirmed.statusCode} ${confirmed.body}`);
    const coupleId = a.coupleId!;

    const now = Date.now();
    let batch: Array<typeof records.$inferInsert> = [];
    for (let i = 0; i < history; i++) {
      const k = i % 7;
      const author = k === 0 ? a : k === 1 ? b : i % 2 === 0 ? a : b;
      const scope = k < 2 ? 'user' : 'couple';
      const id = randomUUID();
      const ownerId = scope === 'user' ? author.userId : coupleId;
      const key = scope === 'user' ? author.keys.pdk : author.coupleKey!;
      const sealed = sealRecord(
        key,
        scope === 'user' ? 'pdk' : 'ck-0',
        { scope, ownerId, recordId: id, authorId: author.userId, version: 1 },
        samplePayload(i),
      );
      batch.push({
        id,
        scope,
        ownerUserId: scope === 'user' ? author.userId : null,
        coupleId: scope === 'couple' ? coupleId : null,
        authorId: author.userId,
        version: 1,
        keyEpoch: 0,
        ...sealed,
        deleted: false,
        updatedAt: new Date(Math.floor((now - YEAR_MS + (i * YEAR_MS) / history) / 60_000) * 60_000),
      });
      if (batch.length === INSERT_BATCH || i === history - 1) {
        await database.db.insert(records).values(batch);
        batch = [];
      }
    }
    return {
      users: [a, b].map((user) => ({ userId: user.userId, coupleId, cookie: user.cookie })),
      records: history,
    };
  } finally {
    await server.close();
  }
}
