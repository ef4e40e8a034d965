import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { openPglite } from '../db/database';
import { inspectBackupArchive } from './backup-archive';
import type { CommandInput } from './backup';
import { CliError } from './cli-error';
import {
  describeContents,
  describeHearthDatabase,
  embeddedDatabaseDir,
  lockForCommand,
  isEmptyOrMissing,
  openEmbedded,
} from './embedded-database';
import type { HearthContents } from './embedded-database.repository';

/**
 * `hearth restore FILE [--force]`: checks the file, loads it into a fresh folder next to the
 * database, applies migrations there (so the server will start on it), and only then swaps it
 * in. An existing database is replaced only with --force, and is moved aside, never deleted.
 */
export async function restore({ config, file, force, log }: CommandInput): Promise<void> {
  if (!existsSync(file)) throw new CliError(`There is no file at ${file}.`);
  if (statSync(file).isDirectory())
    throw new CliError(`${file} is a folder. Give the file that \`npm run hearth -- backup\` wrote.`);
  const bytes = readFileSync(file);
  const check = inspectBackupArchive(bytes);
  if (!check.ok) throw new CliError(`${file} is not a Hearth backup: ${check.problem}. Nothing was changed.`);

  const target = resolve(embeddedDatabaseDir(config.dataDir));
  const stamp = new Date().toISOString().replace(/[-:]/g, '').replace(/\.\d+/, '');
  const keptAside = `${target}.before-restore-${stamp}`;
  mkdirSync(resolve(config.dataDir), { recursive: true });
  // Held throughout, so the server cannot start on the database while it is being swapped.
  const lock = lockForCommand(target);
  try {
    const replacing = !isEmptyOrMissing(target);
    if (replacing) {
      if (!force)
        throw new CliError(
          [
            `There is already a database in ${target}; restore will not overwrite it on its own.`,
            `To replace it, run again with --force: the current one is then moved to ${keptAside.replace(stamp, '<time>')}, not deleted.`,
          ].join('\n'),
        );
    }

    const staging = `${target}.restoring-${stamp}`;
    log(`Loading ${file} …`);
    let contents: HearthContents;
    try {
      const client = await openEmbedded(staging, new Blob([bytes]));
      try {
        contents = await describeHearthDatabase(client, file);
      } finally {
        await client.close();
      }
      // The server applies migrations at start as well; applying them here proves it will start.
      const migrated = await openPglite(staging);
      await migrated.close();
    } catch (error) {
      rmSync(staging, { recursive: true, force: true });
      const reason = error instanceof Error ? error.message : String(error);
      throw new CliError(
        error instanceof CliError
          ? `${reason} Nothing was changed.`
          : `The backup could not be loaded (${reason}). It holds a PostgreSQL ${check.postgresVersion} data directory, which this version of Hearth may not be able to open. Nothing was changed.`,
      );
    }

    if (replacing) renameSync(target, keptAside);
    renameSync(staging, target);
    log(`Restored into ${target}: ${describeContents(contents)}.`);
    if (replacing) log(`The database that was there is kept in ${keptAside}; delete it once you are sure.`);
    log('Start Hearth as usual.');
  } finally {
    lock.release();
  }
}
