import { closeSync, existsSync, fsyncSync, openSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Config } from '../config/config';
import { inspectBackupArchive } from './backup-archive';
import { CliError } from './cli-error';
import {
  describeContents,
  describeHearthDatabase,
  embeddedDatabaseDir,
  lockForCommand,
  holdsDatabase,
  openEmbedded,
} from './embedded-database';
import { createEmbeddedDatabaseRepository } from './embedded-database.repository';

export interface CommandInput {
  config: Config;
  /** Absolute path of the backup file. */
  file: string;
  force: boolean;
  log: (line: string) => void;
}

/**
 * `hearth backup FILE`: PGlite's dump of the whole data directory, gzip-compressed, written only
 * once it is complete and checked. The server must be stopped: both take the database's lock (db/data-dir-lock.ts).
 */
export async function backup({ config, file, force, log }: CommandInput): Promise<void> {
  const source = resolve(embeddedDatabaseDir(config.dataDir));
  if (!holdsDatabase(source))
    throw new CliError(
      `There is no Hearth database in ${source} (HEARTH_DATA_DIR is "${config.dataDir}"), so there is nothing to back up.`,
    );
  if (existsSync(file) && !force)
    throw new CliError(`${file} already exists. Choose another name, or add --force to replace it.`);
  if (!existsSync(dirname(file)) || !statSync(dirname(file)).isDirectory())
    throw new CliError(`The folder ${dirname(file)} does not exist; create it first.`);
  const lock = lockForCommand(source);

  log(`Backing up ${source} …`);
  let archive: Uint8Array;
  let contents;
  try {
    const client = await openEmbedded(source);
    try {
      contents = await describeHearthDatabase(client, source);
      await createEmbeddedDatabaseRepository(client).checkpoint();
      archive = new Uint8Array(await (await client.dumpDataDir('gzip')).arrayBuffer());
    } finally {
      await client.close();
    }
  } finally {
    lock.release();
  }
  const check = inspectBackupArchive(archive);
  if (!check.ok)
    throw new CliError(`The backup came out unreadable (${check.problem}); nothing was written.`);

  writeDurably(file, archive);
  log(
    `Wrote ${file} (${megabytes(archive.length)} MB; ${check.files} files, PostgreSQL ${check.postgresVersion}).`,
  );
  log(`It holds ${describeContents(contents)}.`);
  log('Restore it with: npm run hearth -- restore FILE');
}

/** A half-written file must never carry the final name: write aside, sync, then rename. */
function writeDurably(file: string, bytes: Uint8Array): void {
  const partial = `${file}.partial`;
  try {
    const fd = openSync(partial, 'w', 0o600);
    try {
      writeSync(fd, bytes);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(partial, file);
  } catch (error) {
    rmSync(partial, { force: true });
    throw new CliError(`Could not write ${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

function megabytes(bytes: number): string {
  return (bytes / 1048576).toFixed(1);
}
