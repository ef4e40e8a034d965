import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';

/** Where the harness lives and where it may write. Temporary data stays under bench/.tmp (git-ignored). */
export const benchDir = resolve(import.meta.dirname, '..');
export const repoRoot = resolve(benchDir, '..');
export const resultsJsonPath = resolve(benchDir, 'results.json');
export const resultsMdPath = resolve(benchDir, 'RESULTS.md');

export function tmpDir(...parts: string[]): string {
  const dir = resolve(benchDir, '.tmp', ...parts);
  mkdirSync(dir, { recursive: true });
  return dir;
}
