import type { AppContext } from '../context';
import type { Db } from '../db/database';
import { createCouplesRepository } from '../couples/couples.repository';
import { requireCoupleOpenForWrites } from '../couples/couple-writes';
import { HearthError } from '../errors/catalogue';
import { createChangeNoticesRepository } from '../events/change-notices.repository';
import { createRecordsRepository, type RecordRow } from './records.repository';
import { toStoredMinute } from '@hearth/core';

export interface RecordWrite {
  scope: 'user' | 'couple';
  version: number;
  keyEpoch: number;
  wrappedDek: string | null;
  body: string | null;
  deleted: boolean;
}

export function recordView(row: RecordRow, withCiphertext = true) {
  return {
    id: row.id,
    scope: row.scope as 'user' | 'couple',
    ownerId: (row.scope === 'user' ? row.ownerUserId : row.coupleId) ?? '',
    authorId: row.authorId,
    version: row.version,
    keyEpoch: row.keyEpoch,
    wrappedDek: withCiphertext ? row.wrappedDek : null,
    body: withCiphertext ? row.body : null,
    deleted: row.deleted,
    seq: row.seq,
    updatedAt: row.updatedAt.toISOString(),
  };
}

export function createRecordsService(ctx: AppContext) {
  const db = ctx.database.db;

  return {
    /**
     * Creates or updates a record. Author and owner come from the session, never from the body;
     * `version` must be exactly one more than what is stored (optimistic concurrency).
     */
    async write(userId: string, id: string, input: RecordWrite) {
      return db.transaction(async (rawTx) => {
        const tx = rawTx as unknown as Db;
        const records = createRecordsRepository(tx);
        const couples = createCouplesRepository(tx);
        const current = await couples.currentCoupleOf(userId);
        const existing = await records.lockById(id);

        if (existing) {
          const visible =
            existing.scope === 'user'
              ? existing.ownerUserId === userId
              : (await couples.allCoupleIdsOf(userId)).includes(existing.coupleId ?? '');
          if (!visible) throw new HearthError('HEARTH_RECORD_NOT_FOUND');
          if (existing.scope !== input.scope) {
            throw new HearthError('HEARTH_VALIDATION', {
              message: 'An item cannot move between private and shared.',
            });
          }
        }

        let coupleId: string | null = null;
        let notify: string[] = [userId];
        if (input.scope === 'couple') {
          const open = requireCoupleOpenForWrites(current);
          if (existing && existing.coupleId !== open.couple.id) throw new HearthError('HEARTH_NO_COUPLE');
          if (input.keyEpoch !== open.couple.epoch) {
            throw new HearthError('HEARTH_VALIDATION', {
              message: 'This was sealed with an old shared key; please sync and try again.',
            });
          }
          coupleId = open.couple.id;
          notify = (await couples.members(coupleId)).map((member) => member.userId);
        } else if (input.keyEpoch !== 0) {
          throw new HearthError('HEARTH_VALIDATION', { message: 'Private items use key epoch 0.' });
        }

        const expected = (existing?.version ?? 0) + 1;
        if (input.version !== expected) {
          throw new HearthError('HEARTH_VERSION_CONFLICT', {
            details: { current: existing ? recordView(existing) : null },
          });
        }

        const now = toStoredMinute(ctx.clock.now());
        const values = {
          authorId: userId,
          version: input.version,
          keyEpoch: input.keyEpoch,
          wrappedDek: input.deleted ? null : input.wrappedDek,
          body: input.deleted ? null : input.body,
          deleted: input.deleted,
          updatedAt: now,
        };
        let row: RecordRow | undefined;
        if (existing) {
          row = await records.update(id, values);
        } else {
          row = await records.insert({
            id,
            scope: input.scope,
            ownerUserId: input.scope === 'user' ? userId : null,
            coupleId,
            ...values,
          });
          // Someone created the same id a moment ago: same answer as any other stale write.
          if (!row) throw new HearthError('HEARTH_VERSION_CONFLICT', { details: { current: null } });
        }
        await createChangeNoticesRepository(tx).publish({ kind: 'change', userIds: notify, cursor: row.seq });
        return recordView(row, false);
      });
    },

    /** A tombstone keeps the id, scope and a new version; the ciphertext is dropped. */
    async deleteRecord(userId: string, id: string, version: number) {
      const existing = await createRecordsRepository(db).lockById(id);
      if (!existing) throw new HearthError('HEARTH_RECORD_NOT_FOUND');
      return this.write(userId, id, {
        scope: existing.scope as 'user' | 'couple',
        version,
        keyEpoch: existing.keyEpoch,
        wrappedDek: null,
        body: null,
        deleted: true,
      });
    },

    async pull(userId: string, cursor: number, limit: number) {
      const couples = createCouplesRepository(db);
      const coupleIds = await couples.allCoupleIdsOf(userId);
      const rows = await createRecordsRepository(db).pull(userId, coupleIds, cursor, limit + 1);
      const page = rows.slice(0, limit);
      return {
        records: page.map((row) => recordView(row)),
        cursor: page.length > 0 ? page[page.length - 1]!.seq : cursor,
        hasMore: rows.length > limit,
      };
    },
  };
}

export type RecordsService = ReturnType<typeof createRecordsService>;
