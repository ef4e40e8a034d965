import { join } from 'node:path';
import { openPglite, type Db } from '../../apps/server/src/db/database';

const INSERT_BATCH = 500;

/**
 * Opens a stopped server's embedded database (`<HEARTH_DATA_DIR>/pglite`) for seeding by SQL:
 * putting thousands of records through the API would take minutes here, and the rows are the
 * same either way (the server stores envelopes as sent; `seq` comes from its sequence).
 */
export async function withStoppedServerDatabase<T>(
  dataDir: string,
  work: (db: Db) => Promise<T>,
): Promise<T> {
  const database = await openPglite(join(dataDir, 'pglite'));
  try {
    return await work(database.db);
  } finally {
    await database.close();
  }
}

/** Inserts rows in batches of INSERT_BATCH, in the order given (so `seq` follows it). */
export async function insertInBatches<Row>(
  rows: Row[],
  insert: (batch: Row[]) => Promise<unknown>,
): Promise<void> {
  for (let start = 0; start < rows.length; start += INSERT_BATCH) {
    await insert(rows.slice(start, start + INSERT_BATCH));
  }
}
