import { readdirSync, readFileSync } from 'node:fs';

/** CPU seconds used so far by the server child, by every PostgreSQL process, and by this process. */
export interface CpuSnapshot {
  at: number;
  server: number;
  postgres: number;
  loadGenerator: number;
}

export interface CpuShare {
  /** Average cores busy during the measurement (2 means both cores of this machine). */
  serverCores: number;
  postgresCores: number;
  loadGeneratorCores: number;
}

const TICKS_PER_SECOND = 100; // USER_HZ on Linux

function processCpuSeconds(pid: number | string): { comm: string; seconds: number } | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const close = stat.lastIndexOf(')');
    const comm = stat.slice(stat.indexOf('(') + 1, close);
    const fields = stat.slice(close + 2).split(' ');
    // utime and stime are fields 14 and 15 of the whole line, 12 and 13 after "(comm) ".
    return { comm, seconds: (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND };
  } catch {
    return undefined;
  }
}

/**
 * `database`: count the PostgreSQL backends serving that database plus the server's shared
 * background processes (WAL writer, checkpointer…), not other databases' backends (other work on
 * the same PostgreSQL server). Undefined: PostgreSQL is not part of this measurement.
 */
export function cpuSnapshot(serverPid: number, database?: string): CpuSnapshot {
  let postgres = 0;
  if (database) {
    for (const entry of readdirSync('/proc')) {
      if (!/^\d+$/.test(entry)) continue;
      const info = processCpuSeconds(entry);
      if (info?.comm === 'postgres' && isOurs(entry, database)) postgres += info.seconds;
    }
  }
  const usage = process.cpuUsage();
  return {
    at: performance.now(),
    server: processCpuSeconds(serverPid)?.seconds ?? Number.NaN,
    postgres,
    loadGenerator: (usage.user + usage.system) / 1e6,
  };
}

function isOurs(pid: string, database: string): boolean {
  try {
    // Backends are titled "postgres: <cluster>: <user> <database> <client> <state>".
    const title = readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ');
    const backend = /^postgres: \S+: \S+ (\S+) \d/.exec(title);
    return backend ? backend[1] === database : true;
  } catch {
    return false;
  }
}

export function cpuShare(before: CpuSnapshot, after: CpuSnapshot): CpuShare {
  const wall = (after.at - before.at) / 1000;
  const cores = (a: number, b: number) => Math.round(((b - a) / wall) * 100) / 100;
  return {
    serverCores: cores(before.server, after.server),
    postgresCores: cores(before.postgres, after.postgres),
    loadGeneratorCores: cores(before.loadGenerator, after.loadGenerator),
  };
}
