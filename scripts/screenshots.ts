// `npm run screenshots [-- --build]`: the main screens of Hearth at phone and desktop sizes, light
// and dark, as PNGs under screenshots/<size>-<theme>/ with an index.html, for a person to review.
// Runs the production build on a real server with a fresh database, as the browser tests do.
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { launchChromium } from '../e2e/browser';
import { startE2eServer } from '../e2e/support/hearth-server';
import { createCamera } from './screenshots-camera';
import { photographScreens } from './screenshots-scenario';

const root = resolve(import.meta.dirname, '..');
const distIndex = resolve(root, 'apps/web/dist/index.html');
const outDir = resolve(root, 'screenshots');

function ensureWebBuild(force: boolean): void {
  if (!force && existsSync(distIndex)) {
    const minutes = Math.round((Date.now() - statSync(distIndex).mtimeMs) / 60_000);
    console.log(`screenshots: using the web build from ${minutes} min ago (--build to rebuild)`);
    return;
  }
  console.log('screenshots: npm run build:web');
  const build = spawnSync('npm', ['run', 'build:web'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) throw new Error('the web app did not build');
}

async function main(): Promise<void> {
  ensureWebBuild(process.argv.includes('--build'));
  const server = await startE2eServer();
  const browser = await launchChromium();
  try {
    const camera = createCamera(outDir);
    await photographScreens(browser, server.baseUrl, camera);
    console.log(`screenshots: open ${camera.finish()}`);
  } catch (error) {
    console.error(`screenshots: the server said:\n${server.logs().slice(-3000)}`);
    throw error;
  } finally {
    await browser.close();
    await server.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
