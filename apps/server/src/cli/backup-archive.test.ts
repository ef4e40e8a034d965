import { randomBytes } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { inspectBackupArchive } from './backup-archive';

/** A minimal ustar writer, enough to build the archives these cases need. */
function tar(files: Array<{ name: string; content?: string; type?: '0' | '5' }>): Uint8Array {
  const blocks: Uint8Array[] = [];
  for (const file of files) {
    const data = new TextEncoder().encode(file.content ?? '');
    const header = new Uint8Array(512);
    const put = (offset: number, value: string) => header.set(new TextEncoder().encode(value), offset);
    put(0, file.name);
    put(100, '0000644\0');
    put(124, `${data.length.toString(8).padStart(11, '0')}\0`);
    put(136, '00000000000\0');
    put(156, file.type ?? '0');
    put(257, 'ustar\0');
    put(263, '00');
    header.fill(0x20, 148, 156);
    const sum = header.reduce((total, byte) => total + byte, 0);
    put(148, `${sum.toString(8).padStart(6, '0')}\0 `);
    blocks.push(header);
    const padded = new Uint8Array(Math.ceil(data.length / 512) * 512);
    padded.set(data);
    blocks.push(padded);
  }
  blocks.push(new Uint8Array(1024));
  return Buffer.concat(blocks);
}

const dataDir = [
  { name: '/PG_VERSION', content: '17\n' },
  { name: '/base', type: '5' as const },
  { name: '/base/5/1259', content: 'x'.repeat(700) },
  { name: '/global/pg_control', content: 'control' },
];
const valid = tar(dataDir);
const gzipped = gzipSync(valid);

function withCorruptedSecondHeader(archive: Uint8Array): Uint8Array {
  const copy = Uint8Array.from(archive);
  copy[1024 + 10] = copy[1024 + 10]! ^ 0xff; // the second header (first entry has 3 bytes of data)
  return copy;
}

describe('inspectBackupArchive', () => {
  it.each([
    ['a gzip-compressed archive of a data directory', gzipped],
    ['an uncompressed archive of a data directory', valid],
  ])('accepts %s and reads its PostgreSQL version', (_label, file) => {
    const check = inspectBackupArchive(file);
    expect(check).toEqual({ ok: true, files: 3, bytes: 3 + 700 + 7, postgresVersion: '17' });
  });

  it.each([
    ['an empty file', new Uint8Array(0), 'the file is empty'],
    ['random bytes', randomBytes(4096), 'it is not a backup archive'],
    [
      'text',
      new TextEncoder().encode('hello, this is not a backup\n'.repeat(40)),
      'it is not a backup archive',
    ],
    [
      'gzip magic followed by garbage',
      Buffer.concat([Buffer.from([0x1f, 0x8b]), randomBytes(2000)]),
      'does not decompress',
    ],
    ['a gzip stream cut in half', gzipped.subarray(0, Math.floor(gzipped.length / 2)), 'does not decompress'],
    [
      'an archive of some other folder',
      tar([{ name: 'notes.txt', content: 'hi' }]),
      'not of a database directory (no PG_VERSION or global/pg_control)',
    ],
    [
      'an archive without base/',
      tar([
        { name: 'PG_VERSION', content: '17' },
        { name: 'global/pg_control', content: 'c' },
      ]),
      'not of a database directory (no base/)',
    ],
    [
      'an archive whose PG_VERSION is not a number',
      tar([{ name: 'PG_VERSION', content: 'hello' }, ...dataDir.slice(1)]),
      'not a version number',
    ],
    ['an archive damaged after its first file', withCorruptedSecondHeader(valid), 'damaged after 1 files'],
    ['an archive cut inside a file', valid.subarray(0, 512 * 5 + 100), 'cut short'],
  ])('refuses %s', (_label, file, problem) => {
    const check = inspectBackupArchive(file);
    expect(check.ok).toBe(false);
    if (!check.ok) expect(check.problem).toContain(problem);
  });
});
