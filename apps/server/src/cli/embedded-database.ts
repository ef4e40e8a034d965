import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { CliError } from './cli-error';
import { createEmbeddedDatabaseRepository, type HearthContents } from './embedded-database.repository';
import { DataDirInUseError, lockDataDir, type DataDirLock } from '../db/data-dir-lock';

/** Where the server keeps the embedded database inside HEARTH_DATA_DIR (see openDatabase in db/database.ts). */
export function embeddedDatabaseDir(dataDir: string): string {
  return join(dataDir, 'pglite');
}

export function holdsDatabase(dir: string): boolean {
  return existsSync(join(dir, 'PG_VERSION'));
}

export function isEmptyOrMissing(dir: string): boolean {
  return !existsSync(dir) || readdirSync(dir).length === 0;
}

/**
 * Takes the database's lock for as long as the command works on it, so the server cannot start
 * meanwhile; a CliError with the reason when the server (or anything else) has it open.
 */
export function lockForCommand(dir: string): DataDirLock {
  try {
    return lockDataDir(dir);
  } catch (error) {
    if (error instanceof DataDirInUseError) throw new CliError(error.message);
    throw error;
  }
}

/**
 * Counts that let a person check a backup against what they expect (no content: the server has
 * none to show). Throws when the database is not a Hearth one.
 */
export async function describeHearthDatabase(client: PGlite, where: string): Promise<HearthContents> {
  const repository = createEmbeddedDatabaseRepository(client);
  if (!(await repository.holdsHearthTables()))
    throw new CliError(`${where} is a PostgreSQL database, but not a Hearth one (it has no Hearth tables).`);
  return repository.countContents();
}

export function describeContents(contents: HearthContents): string {
  const plural = (n: number, one: string, many: string) =>
    `${n.toLocaleString('en')} ${n === 1 ? one : many}`;
  return [
    plural(contents.users, 'account', 'accounts'),
    plural(contents.couples, 'couple', 'couples'),
    plural(contents.records, 'encrypted record', 'encrypted records'),
    `schema migrations: ${contents.migrations}`,
  ].join(', ');
}

/** Opens an embedded database without applying migrations: backup must not change what it copies. */
export async function openEmbedded(dir: string, loadFrom?: Blob): Promise<PGlite> {
  // relaxedDurability stays off, as in the server: nothing is reported done before it is on disk.
  const client = new PGlite({
    dataDir: dir,
    relaxedDurability: false,
    ...(loadFrom ? { loadDataDir: loadFrom } : {}),
  });
  await client.waitReady;
  return client;
}
