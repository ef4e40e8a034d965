import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DataDirInUseError, lockDataDir } from './data-dir-lock';

const dir = () => join(mkdtempSync(join(tmpdir(), 'hearth-lock-')), 'pglite');

/** A real other process that stays alive until killed. */
function otherProcess() {
  const child = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
  return child;
}

describe('the embedded database lock', () => {
  it('is taken, refused to a second holder while its process runs, and released', () => {
    const path = dir();
    const child = otherProcess();
    try {
      writeFileSync(`${path}.lock`, `${child.pid}\n`);
      expect(() => lockDataDir(path)).toThrow(DataDirInUseError);
      expect(() => lockDataDir(path)).toThrow(`open in process ${child.pid}`);
    } finally {
      child.kill('SIGKILL');
    }
  });

  it('takes over a lock left by a process that is gone (kill -9)', async () => {
    const path = dir();
    const child = otherProcess();
    const gone = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGKILL');
    await gone;
    writeFileSync(`${path}.lock`, `${child.pid}\n`);
    const lock = lockDataDir(path);
    expect(readFileSync(`${path}.lock`, 'utf8').trim()).toBe(String(process.pid));
    lock.release();
    expect(existsSync(`${path}.lock`)).toBe(false);
  });

  it('takes over a lock file that is empty or garbled (killed while writing it)', () => {
    const path = dir();
    writeFileSync(`${path}.lock`, 'not a pid');
    lockDataDir(path).release();
    expect(existsSync(`${path}.lock`)).toBe(false);
  });

  it('does not remove a lock someone else took after ours was taken over', () => {
    const path = dir();
    const lock = lockDataDir(path);
    writeFileSync(`${path}.lock`, '999999999\n');
    lock.release();
    expect(readFileSync(`${path}.lock`, 'utf8').trim()).toBe('999999999');
  });
});
