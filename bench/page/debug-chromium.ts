import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { chromiumPath } from '../../e2e/browser';
import { tmpDir } from '../lib/paths';

/**
 * Debian's Chromium with a DevTools port, so two clients can drive the same browser one after
 * the other: playwright-core (signing in through the real UI) and Lighthouse (measuring). Both
 * then see one profile: the same cookies and IndexedDB.
 */
export interface DebugChromium {
  port: number;
  /** For playwright-core's connectOverCDP. */
  endpoint: string;
  close(): Promise<void>;
}

// The same quiet flags as e2e/browser.ts: no network here, and background services only add noise.
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--no-default-browser-check',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-extensions',
];

export async function launchDebugChromium(): Promise<DebugChromium> {
  const profile = mkdtempSync(join(tmpDir(), 'chromium-profile-'));
  // Port 0: Chromium picks a free port and writes it to DevToolsActivePort in the profile.
  const child = spawn(
    chromiumPath,
    [...FLAGS, '--remote-debugging-port=0', `--user-data-dir=${profile}`, 'about:blank'],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-4000);
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const portFile = join(profile, 'DevToolsActivePort');
  const deadline = Date.now() + 30_000;
  let port = 0;
  while (port === 0) {
    if (child.exitCode !== null) throw new Error(`Chromium exited early:\n${stderr}`);
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`Chromium did not open a DevTools port in 30 s:\n${stderr}`);
    }
    if (existsSync(portFile)) port = Number(readFileSync(portFile, 'utf8').split('\n')[0]) || 0;
    if (port === 0) await new Promise((r) => setTimeout(r, 100));
  }
  return {
    port,
    endpoint: `http://127.0.0.1:${port}`,
    async close() {
      if (child.exitCode === null) {
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
        await exited;
        clearTimeout(timer);
      }
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
