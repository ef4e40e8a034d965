import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { openRecord } from '@hearth/crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { httpTarget } from '../support/http-target';
import { freePort, killHard, startServerProcess, type ServerProcess } from '../support/server-process';
import { TestUser } from '../support/test-user';

/**
 * `npm run hearth -- backup|restore` as a person runs it, around real server processes: data
 * written through the API (real OPAQUE, sealed records) comes back from a restored copy and
 * decrypts. Embedded database only; PostgreSQL backups are pg_dump's job.
 */
const repoRoot = resolve(import.meta.dirname, '../../../..');
const noteSchema = z.object({ type: z.literal('note'), text: z.string() });

function hearthCli(args: string[], env: Record<string, string>) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((done, fail) => {
    const child = spawn('npm', ['run', '--silent', 'hearth', '--', ...args], {
      cwd: repoRoot,
      env: { ...process.env, HEARTH_DATABASE_URL: '', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.once('error', fail);
    child.once('exit', (code) => done({ code, stdout, stderr }));
  });
}

async function stopGracefully(server: ServerProcess): Promise<void> {
  if (server.child.exitCode !== null) return;
  const exited = new Promise((r) => server.child.once('exit', r));
  server.child.kill('SIGTERM');
  await exited;
}

interface Written {
  scope: 'user' | 'couple';
  author: TestUser;
  text: string;
  version: number;
}

describe.skipIf(process.env.HEARTH_TEST_DB === 'postgres')(
  'backup and restore of the embedded database',
  () => {
    const root = mkdtempSync(join(tmpdir(), 'hearth-backup-'));
    const sourceDir = join(root, 'source');
    const restoredDir = join(root, 'restored');
    const backupFile = join(root, 'hearth.backup.tar.gz');
    const written = new Map<string, Written>();
    let port: number;
    let server: ServerProcess | undefined;
    let a: TestUser;
    let b: TestUser;

    beforeAll(async () => {
      port = await freePort();
      server = await startServerProcess({ HEARTH_DATA_DIR: sourceDir }, port);
      const api = httpTarget(server.baseUrl);
      a = await TestUser.signUp(api, 'backup-a');
      b = await TestUser.signUp(api, 'backup-b');
      const { secret } = await a.invite();
      expect((await b.accept(secret)).statusCode).toBe(200);
      expect((await a.req('POST', '/api/couple/confirm')).statusCode).toBe(200);
      const write = async (
        author: TestUser,
        scope: 'user' | 'couple',
        text: string,
        id?: string,
        version = 1,
      ) => {
        const result = await author.writeRecord(scope, { type: 'note', text }, { id, version });
        expect(result.response.statusCode).toBe(200);
        written.set(result.id, { scope, author, text, version });
        return result.id;
      };
      for (let i = 0; i < 3; i++) await write(a, 'user', `a's private note ${i}`);
      for (let i = 0; i < 3; i++) await write(a, 'couple', `shared note ${i} from a`);
      const edited = await write(b, 'couple', 'first draft from b');
      await write(b, 'couple', 'second draft from b', edited, 2);
      await write(b, 'user', "b's private note");
    }, 120_000);

    afterAll(async () => {
      if (server) await killHard(server);
      rmSync(root, { recursive: true, force: true });
    });

    it('a second server refuses to start on the same embedded database, saying why', async () => {
      await expect(startServerProcess({ HEARTH_DATA_DIR: sourceDir }, await freePort())).rejects.toThrow(
        /is open in process \d+/,
      );
      // The first one is untouched and still answers.
      expect((await a.req('GET', '/api/me')).statusCode).toBe(200);
    });

    it('refuses to back up while the server has the database open', async () => {
      const result = await hearthCli(['backup', backupFile], { HEARTH_DATA_DIR: sourceDir });
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(/is open in process \d+/);
      expect(result.stderr).toContain('stop the server first');
      expect(existsSync(backupFile)).toBe(false);
    }, 60_000);

    it('a backup restored into a fresh data directory serves the same records, which decrypt', async () => {
      await stopGracefully(server!);
      const backedUp = await hearthCli(['backup', backupFile], { HEARTH_DATA_DIR: sourceDir });
      expect(backedUp, backedUp.stderr).toMatchObject({ code: 0 });
      expect(backedUp.stdout).toContain('2 accounts, 1 couple, 8 encrypted records');

      const restored = await hearthCli(['restore', backupFile], { HEARTH_DATA_DIR: restoredDir });
      expect(restored, restored.stderr).toMatchObject({ code: 0 });
      expect(restored.stdout).toContain('2 accounts, 1 couple, 8 encrypted records');

      // The old database is gone from this port: everything below comes from the restored copy.
      rmSync(sourceDir, { recursive: true, force: true });
      server = await startServerProcess({ HEARTH_DATA_DIR: restoredDir }, port);

      for (const person of [a, b]) {
        // Sign-in works: the OPAQUE records and the server's OPAQUE setup came back too.
        person.cookie = '';
        expect((await person.signIn())?.statusCode).toBe(200);
        const me = (await person.req('GET', '/api/me')).json();
        const wrap = me.keys.coupleKeys.find((k: { coupleId: string }) => k.coupleId === person.coupleId);
        expect(person.unwrapCoupleKeyFrom(wrap.wrapped, person.coupleId!)).toEqual(person.coupleKey);

        const pulled = (await person.req('GET', '/api/sync?cursor=0&limit=500')).json();
        const visible = [...written].filter(([, w]) => w.scope === 'couple' || w.author === person);
        expect(pulled.records.map((r: { id: string }) => r.id).sort()).toEqual(
          visible.map(([id]) => id).sort(),
        );
        for (const record of pulled.records) {
          const expected = written.get(record.id)!;
          expect(record.version).toBe(expected.version);
          const opened = openRecord(
            expected.scope === 'user' ? person.keys.pdk : person.coupleKey!,
            {
              scope: expected.scope,
              ownerId: expected.scope === 'user' ? person.userId : person.coupleId!,
              recordId: record.id,
              authorId: expected.author.userId,
              version: record.version,
            },
            record,
            noteSchema,
          );
          expect(opened.text).toBe(expected.text);
        }
      }

      // And it keeps working as a live database.
      expect(
        (await a.writeRecord('couple', { type: 'note', text: 'after the restore' })).response.statusCode,
      ).toBe(200);
    }, 120_000);

    it('refuses a file that does not exist', async () => {
      const result = await hearthCli(['restore', join(root, 'nope.tar.gz')], {
        HEARTH_DATA_DIR: join(root, 'empty'),
      });
      expect(result.code).toBe(1);
      expect(result.stderr).toContain('There is no file at');
      expect(existsSync(join(root, 'empty', 'pglite'))).toBe(false);
    }, 60_000);

    it.each([
      [
        'random bytes',
        Buffer.from(Array.from({ length: 5000 }, (_, i) => (i * 7919) % 256)),
        'is not a Hearth backup',
      ],
      [
        'a damaged gzip stream',
        Buffer.concat([Buffer.from([0x1f, 0x8b, 8, 0]), Buffer.alloc(3000, 0x41)]),
        'does not decompress',
      ],
    ])(
      'refuses %s and changes nothing',
      async (_label, bytes, message) => {
        const garbage = join(root, 'garbage.tar.gz');
        writeFileSync(garbage, bytes);
        const target = join(root, 'untouched');
        const result = await hearthCli(['restore', garbage], { HEARTH_DATA_DIR: target });
        expect(result.code).toBe(1);
        expect(result.stderr).toContain(message);
        expect(result.stderr).toContain('Nothing was changed');
        expect(existsSync(target) ? readdirSync(target) : []).toEqual([]);
      },
      60_000,
    );

    it('refuses to overwrite a database without --force; with it, keeps the old one aside', async () => {
      const running = await hearthCli(['restore', '--force', backupFile], { HEARTH_DATA_DIR: restoredDir });
      expect(running.code).toBe(1);
      expect(running.stderr).toContain('stop the server first');

      await stopGracefully(server!);
      const refused = await hearthCli(['restore', backupFile], { HEARTH_DATA_DIR: restoredDir });
      expect(refused.code).toBe(1);
      expect(refused.stderr).toContain('There is already a database');
      expect(refused.stderr).toContain('--force');

      const forced = await hearthCli(['restore', backupFile, '--force'], { HEARTH_DATA_DIR: restoredDir });
      expect(forced, forced.stderr).toMatchObject({ code: 0 });
      const aside = readdirSync(restoredDir).filter((name) => name.startsWith('pglite.before-restore-'));
      expect(aside).toHaveLength(1);
      expect(forced.stdout).toContain(aside[0]);
      // Nothing half-done is left behind.
      expect(readdirSync(restoredDir).sort()).toEqual(['pglite', aside[0]].sort());
    }, 120_000);

    it('refuses to overwrite an existing backup file without --force', async () => {
      const result = await hearthCli(['backup', backupFile], { HEARTH_DATA_DIR: restoredDir });
      expect(result.code).toBe(1);
      expect(result.stderr).toContain('already exists');
    }, 60_000);

    it('with PostgreSQL configured, points to pg_dump and pg_restore and exits non-zero', async () => {
      const result = await hearthCli(['backup', backupFile], {
        HEARTH_DATABASE_URL: 'postgres://hearth@127.0.0.1:5432/hearth',
      });
      expect(result.code).toBe(2);
      expect(result.stderr).toContain('pg_dump --format=custom');
      expect(result.stderr).toContain('pg_restore');
    }, 60_000);
  },
);
