#!/usr/bin/env node
// `npm run test:e2e` runs the browser suite; `npm run test:e2e -- -g "<title>"` runs one test by title.
import { spawnSync } from 'node:child_process';

const args = process.argv.slice(2).map((arg) => (arg === '-g' || arg === '--grep' ? '-t' : arg));
const result = spawnSync('npx', ['vitest', 'run', '--config', 'e2e/vitest.config.ts', ...args], {
  stdio: 'inherit',
});
process.exit(result.status ?? 1);
