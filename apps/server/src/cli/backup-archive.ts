import { gunzipSync } from 'node:zlib';

/**
 * A backup is PGlite's own dump of its data directory: a tar archive, gzip-compressed. Before
 * anything is loaded, restore checks the bytes here, because PGlite's loader does not fail
 * cleanly on bad input (a corrupt gzip stream crashes the process from inside a callback).
 */
export type ArchiveCheck =
  { ok: true; files: number; bytes: number; postgresVersion: string } | { ok: false; problem: string };

const BLOCK = 512;
/** What every PostgreSQL data directory holds; an archive without them is not a database. */
const REQUIRED_FILES = ['PG_VERSION', 'global/pg_control'];

export function inspectBackupArchive(file: Uint8Array): ArchiveCheck {
  if (file.length === 0) return { ok: false, problem: 'the file is empty' };
  let tar: Uint8Array;
  if (file[0] === 0x1f && file[1] === 0x8b) {
    try {
      tar = gunzipSync(file);
    } catch {
      return {
        ok: false,
        problem: 'it looks gzip-compressed but does not decompress (damaged or cut short)',
      };
    }
  } else {
    tar = file;
  }
  const entries = readTarEntries(tar);
  if (!entries.ok) return entries;
  const files = new Map(entries.files.map((entry) => [entry.name, entry]));
  const missing = REQUIRED_FILES.filter((name) => !files.has(name));
  if (missing.length > 0)
    return {
      ok: false,
      problem: `it is an archive but not of a database directory (no ${missing.join(' or ')})`,
    };
  if (!entries.files.some((entry) => entry.name.startsWith('base/')))
    return { ok: false, problem: 'it is an archive but not of a database directory (no base/)' };
  const versionEntry = files.get('PG_VERSION')!;
  const postgresVersion = new TextDecoder().decode(versionEntry.data).trim();
  if (!/^\d+$/.test(postgresVersion))
    return { ok: false, problem: `its PG_VERSION file is not a version number ("${postgresVersion}")` };
  return {
    ok: true,
    files: entries.files.length,
    bytes: entries.files.reduce((sum, entry) => sum + entry.data.length, 0),
    postgresVersion,
  };
}

interface TarEntry {
  name: string;
  data: Uint8Array;
}

/** Walks ustar/GNU tar headers, checking each checksum and that no entry runs past the end. */
function readTarEntries(tar: Uint8Array): { ok: true; files: TarEntry[] } | { ok: false; problem: string } {
  const files: TarEntry[] = [];
  let offset = 0;
  while (offset + BLOCK <= tar.length) {
    const header = tar.subarray(offset, offset + BLOCK);
    if (header.every((byte) => byte === 0)) break;
    if (!checksumMatches(header))
      return {
        ok: false,
        problem:
          files.length === 0
            ? 'it is not a backup archive'
            : `the archive is damaged after ${files.length} files`,
      };
    const size = parseOctal(header.subarray(124, 136));
    if (size === undefined) return { ok: false, problem: 'the archive has an unreadable entry size' };
    const dataStart = offset + BLOCK;
    if (dataStart + size > tar.length) return { ok: false, problem: 'the archive is cut short' };
    const type = String.fromCharCode(header[156]!);
    const prefix = text(header.subarray(345, 500));
    const name = normalise(
      prefix ? `${prefix}/${text(header.subarray(0, 100))}` : text(header.subarray(0, 100)),
    );
    // Regular files only ('0' or the old NUL form); directories and links carry no data we check.
    if (type === '0' || type === '\0') files.push({ name, data: tar.subarray(dataStart, dataStart + size) });
    offset = dataStart + Math.ceil(size / BLOCK) * BLOCK;
  }
  if (files.length === 0) return { ok: false, problem: 'it is not a backup archive' };
  return { ok: true, files };
}

function checksumMatches(header: Uint8Array): boolean {
  const stored = parseOctal(header.subarray(148, 156));
  if (stored === undefined) return false;
  let sum = 0;
  // The checksum field itself counts as eight spaces.
  for (let i = 0; i < BLOCK; i++) sum += i >= 148 && i < 156 ? 0x20 : header[i]!;
  return sum === stored;
}

function parseOctal(field: Uint8Array): number | undefined {
  const digits = text(field).trim();
  if (!/^[0-7]+$/.test(digits)) return undefined;
  return parseInt(digits, 8);
}

function text(field: Uint8Array): string {
  const end = field.indexOf(0);
  return new TextDecoder().decode(end === -1 ? field : field.subarray(0, end));
}

function normalise(name: string): string {
  return name.replace(/^(\.?\/)+/, '');
}
