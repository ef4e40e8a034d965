import { spawnSync } from 'node:child_process';
import { repoRoot } from './paths';
import { round } from './stats';

/**
 * The browser parts measure the production build the server serves (apps/web/dist), so they
 * build it first, as `npm run test:e2e` does: an old dist would measure old code.
 */
export function buildWebApp(log: (line: string) => void): void {
  log('build: npm run build:web');
  const started = performance.now();
  const build = spawnSync('npm', ['run', 'build:web'], { cwd: repoRoot, encoding: 'utf8', timeout: 300_000 });
  if (build.status !== 0) {
    const output = `${build.stdout ?? ''}\n${build.stderr ?? ''}`.trim().split('\n').slice(-20).join('\n');
    throw new Error(`the web app did not build:\n${output}`);
  }
  log(`build: done in ${round((performance.now() - started) / 1000, 1)} s`);
}
