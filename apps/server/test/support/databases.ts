import { openPglite, openPostgres, type Database } from '../../src/db/database';

/**
 * The same medium-tier tests run on embedded PGlite and on real PostgreSQL.
 * PostgreSQL joins when HEARTH_TEST_DATABASE_URL is set; HEARTH_TEST_DB picks one of the two.
 */
export interface DatabaseUnderTest {
  name: 'pglite' | 'postgres';
  open(): Promise<Database>;
}

export function databasesUnderTest(): DatabaseUnderTest[] {
  const only = process.env.HEARTH_TEST_DB;
  const url = process.env.HEARTH_TEST_DATABASE_URL;
  const all: DatabaseUnderTest[] = [{ name: 'pglite', open: () => openPglite(undefined) }];
  if (url) all.push({ name: 'postgres', open: () => openPostgres(url) });
  return only ? all.filter((db) => db.name === only) : all;
}
