import { rmSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { sql } from 'drizzle-orm';
import { openPglite, openPostgres, type Database } from '../../apps/server/src/db/database';
import { tmpDir } from '../lib/paths';

export type DbKind = 'pglite' | 'postgres';

/** A throwaway database for one load run: where it lives, how the server child reaches it, how to remove it. */
export interface BenchDatabase {
  kind: DbKind;
  /** Environment for the server child (HEARTH_DATABASE_URL or HEARTH_DATA_DIR). */
  serverEnv: Record<string, string>;
  label: string;
  /** The PostgreSQL database name (to attribute backend CPU), undefined for PGlite. */
  postgresDatabase?: string;
  open(): Promise<Database>;
  remove(): Promise<void>;
}

export async function createBenchDatabase(
  kind: DbKind,
  stamp: string,
  adminUrl: string,
): Promise<BenchDatabase> {
  if (kind === 'pglite') {
    const dataDir = tmpDir(`pglite-${stamp}`);
    return {
      kind,
      label: dataDir,
      serverEnv: { HEARTH_DATA_DIR: dataDir },
      // The server opens `<HEARTH_DATA_DIR>/pglite`; seeding must use the same path.
      open: () => openPglite(join(dataDir, 'pglite')),
      remove: async () => rmSync(dataDir, { recursive: true, force: true }),
    };
  }
  const name = `hearth_bench_${stamp}`;
  await adminQuery(adminUrl, `create database ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    kind,
    label: name,
    postgresDatabase: name,
    serverEnv: { HEARTH_DATABASE_URL: url.toString() },
    open: () => openPostgres(url.toString()),
    remove: () => adminQuery(adminUrl, `drop database if exists ${name} with (force)`),
  };
}

async function adminQuery(adminUrl: string, text: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

/** Runs SQL text on either database through Drizzle; returns the rows. */
export async function execSql<Row = Record<string, unknown>>(
  database: Database,
  text: string,
): Promise<Row[]> {
  const result = await database.db.execute(sql.raw(text));
  return (result as unknown as { rows: Row[] }).rows;
}
