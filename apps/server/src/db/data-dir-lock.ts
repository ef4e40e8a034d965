import { closeSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';

/**
 * PGlite has no lock of its own: a second process opening a data directory another has open
 * succeeds, and the two then corrupt it. So whoever opens the embedded database (the server, the
 * backup and restore commands) first takes `<dir>.lock`, created exclusively and holding its pid.
 * A lock left by a process that is gone (kill -9, a crash) is taken over, so restarts just work.
 */
export class DataDirInUseError extends Error {
  constructor(
    readonly dir: string,
    readonly pid: number,
  ) {
    super(
      [
        `The database in ${dir} is open in process ${pid} — most likely Hearth's server.`,
        'The embedded database can be used by only one process at a time, so stop the server first',
        '(for example `systemctl stop hearth`, or Ctrl+C where `npm start` runs), then try again.',
        `If no Hearth is running, process ${pid} is something else: delete ${dir}.lock and try again.`,
      ].join('\n'),
    );
    this.name = 'DataDirInUseError';
  }
}

export interface DataDirLock {
  release(): void;
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to someone else, which still means it is running.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function holderOf(path: string): number | null {
  try {
    const pid = Number(readFileSync(path, 'utf8').trim());
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

export function lockDataDir(dir: string): DataDirLock {
  const path = `${dir}.lock`;
  for (let attempt = 0; attempt < 3; attempt += 1) {
    let fd: number;
    try {
      fd = openSync(path, 'wx', 0o600);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = holderOf(path);
      if (holder !== null && holder !== process.pid && isRunning(holder))
        throw new DataDirInUseError(dir, holder);
      // Left behind by a process that is gone (or half-written by one killed mid-way): take it over.
      try {
        unlinkSync(path);
      } catch {
        // Someone else removed it first: try again.
      }
      continue;
    }
    try {
      writeSync(fd, `${process.pid}\n`);
    } finally {
      closeSync(fd);
    }
    return {
      release: () => {
        if (holderOf(path) !== process.pid) return;
        try {
          unlinkSync(path);
        } catch {
          // Already gone.
        }
      },
    };
  }
  throw new Error(`Could not take the lock ${path}; another process keeps changing it.`);
}
