import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { Database } from '../../apps/server/src/db/database';
import { sessions } from '../../apps/server/src/db/schema';
import { cookieName } from '../../apps/server/src/sessions/session-token';
import { execSql } from './bench-database';
import type { SessionUser } from './real-couple';
import { seededCoupleId, seededUserId } from './seed-bulk';

const DAY_MS = 86_400_000;

/**
 * Sessions for the seeded couples the load logs in as, written the way the server stores them
 * (only the SHA-256 of the token), so every request pays the real session lookup.
 */
export async function createSeededSessions(
  database: Database,
  measuredCouples: number,
): Promise<SessionUser[]> {
  const now = new Date(Math.floor(Date.now() / 60_000) * 60_000);
  const users: SessionUser[] = [];
  const rows: Array<typeof sessions.$inferInsert> = [];
  for (let couple = 0; couple < measuredCouples; couple++) {
    for (const partner of ['a', 'b'] as const) {
      const token = randomBytes(32).toString('base64url');
      const userId = seededUserId(couple, partner);
      rows.push({
        tokenHash: createHash('sha256').update(token).digest('hex'),
        publicId: randomUUID(),
        userId,
        kind: 'full',
        device: 'Benchmark on Linux',
        createdAt: now,
        lastSeenAt: now,
        expiresAt: new Date(now.getTime() + 30 * DAY_MS),
      });
      // The server child runs with the default (secure) cookie name.
      users.push({ userId, coupleId: seededCoupleId(couple), cookie: `${cookieName(true)}=${token}` });
    }
  }
  for (let i = 0; i < rows.length; i += 500)
    await database.db.insert(sessions).values(rows.slice(i, i + 500));
  return users;
}

/**
 * Cursors from which a pull returns a full page: 0 and the seq of randomly chosen records that
 * have at least `page` visible records after them (what a device that synced at that point sends).
 */
export async function pullCursors(
  database: Database,
  user: SessionUser,
  page: number,
  count: number,
  random: () => number,
): Promise<number[]> {
  const rows = await execSql<{ seq: string | number }>(
    database,
    `select seq from records
     where (scope = 'user' and owner_user_id = '${user.userId}') or couple_id = '${user.coupleId}'
     order by seq`,
  );
  const seqs = rows.map((row) => Number(row.seq));
  const usable = seqs.length - page;
  if (usable < 1) return [0];
  return Array.from({ length: count }, () => {
    const start = Math.floor(random() * usable);
    return start === 0 ? 0 : seqs[start - 1]!;
  });
}
