import pg from 'pg';
import { openPglite, openPostgres, type Database } from '../../src/db/database';

/**
 * The same medium-tier tests run on embedded PGlite and on real PostgreSQL.
 * PostgreSQL joins when HEARTH_TEST_DATABASE_URL is set; HEARTH_TEST_DB picks one of the two.
 *
 * On PostgreSQL each test file gets its own database (named after the one in the URL, which
 * `npm run test:pg` drops together with these afterwards): test files run in parallel, and a
 * test that counts rows across the whole database — the reminder scheduler claims every due
 * row — must not see another file's rows.
 */
export interface DatabaseUnderTest {
  name: 'pglite' | 'postgres';
  open(): Promise<Database>;
}

let fileDatabaseUrl: Promise<string> | undefined;

async function createFileDatabase(serverUrl: string): Promise<string> {
  const url = new URL(serverUrl);
  const name = `${url.pathname.slice(1)}_f${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(`create database "${name}"`);
  } finally {
    await admin.end();
  }
  url.pathname = `/${name}`;
  return url.toString();
}

export function databasesUnderTest(): DatabaseUnderTest[] {
  const only = process.env.HEARTH_TEST_DB;
  const url = process.env.HEARTH_TEST_DATABASE_URL;
  const all: DatabaseUnderTest[] = [{ name: 'pglite', open: () => openPglite(undefined) }];
  if (url)
    all.push({
      name: 'postgres',
      open: async () => openPostgres(await (fileDatabaseUrl ??= createFileDatabase(url))),
    });
  return only ? all.filter((db) => db.name === only) : all;
}
