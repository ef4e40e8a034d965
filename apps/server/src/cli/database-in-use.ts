import { existsSync, readdirSync, readlinkSync, realpathSync } from 'node:fs';
import { join, sep } from 'node:path';

/**
 * PGlite has no lock of its own: a second process opening a data directory that a running
 * server has open succeeds, and the two then corrupt it. So before backup or restore touch the
 * embedded database we look for a process holding files inside it (Linux: /proc/<pid>/fd), and
 * for the postmaster.pid PGlite writes while open and removes on a clean close.
 */
export interface DatabaseUse {
  /** Processes seen holding a file inside the directory. */
  holders: number[];
  /** Whether every other process's open files could be seen (false without /proc, or as a user who cannot read them). */
  sawEveryProcess: boolean;
  /** PGlite's postmaster.pid: there while open, left behind by a crash or kill -9. */
  openMarker: boolean;
}

export function inspectDatabaseUse(databaseDir: string): DatabaseUse {
  const openMarker = existsSync(join(databaseDir, 'postmaster.pid'));
  if (!existsSync('/proc/self/fd')) return { holders: [], sawEveryProcess: false, openMarker };
  const inside = realpathSync(databaseDir) + sep;
  const holders: number[] = [];
  let sawEveryProcess = true;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry) || Number(entry) === process.pid) continue;
    let fds: string[];
    try {
      fds = readdirSync(`/proc/${entry}/fd`);
    } catch (error) {
      // A process that ended meanwhile is fine; one we may not look into might be the server.
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') sawEveryProcess = false;
      continue;
    }
    for (const fd of fds) {
      let target: string;
      try {
        target = readlinkSync(`/proc/${entry}/fd/${fd}`);
      } catch {
        continue;
      }
      if (target.startsWith(inside)) {
        holders.push(Number(entry));
        break;
      }
    }
  }
  return { holders, sawEveryProcess, openMarker };
}

/** Why the database must not be touched now, in words for the person at the terminal; undefined when it is safe. */
export function refusalFor(use: DatabaseUse, databaseDir: string): string | undefined {
  if (use.holders.length > 0) {
    const which =
      use.holders.length === 1 ? `process ${use.holders[0]}` : `processes ${use.holders.join(', ')}`;
    return [
      `The database in ${databaseDir} is open in ${which} — most likely Hearth's server.`,
      'The embedded database can be used by only one process at a time, so stop the server first',
      '(for example `systemctl stop hearth`, or Ctrl+C where `npm start` runs), then run this again.',
    ].join('\n');
  }
  // With no holder in sight, a leftover marker only means the last close was not clean (a crash):
  // opening the database recovers it, exactly as the server does at start.
  if (use.openMarker && !use.sawEveryProcess) {
    return [
      `The database in ${databaseDir} is marked as open (postmaster.pid), and this command cannot`,
      'see every process on this machine to tell whether a server still has it open.',
      'If Hearth is running, stop it. If it stopped abruptly, start it once and stop it again so it',
      'closes the database cleanly. Then run this again.',
    ].join('\n');
  }
  return undefined;
}
