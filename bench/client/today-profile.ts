import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { summariseCpuProfile, type SelfTimeRow } from '../load/cpu-profile-summary';
import { tmpDir } from '../lib/paths';
import { round } from '../lib/stats';

export interface PageProfile {
  durationMs: number;
  /** Where the profile was written (bench/.tmp, not committed). */
  file: string;
  topFunctions: SelfTimeRow[];
  /** Self time per script file (the app's chunks), V8 states like (garbage collector) on their own. */
  byFile: Array<{ file: string; selfMs: number; percent: number }>;
}

/** V8's sampling profiler in the page (CDP Profiler) around `work`, e.g. a reload of Today. */
export async function profileReload(page: Page, work: () => Promise<unknown>): Promise<PageProfile> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 250 });
  await cdp.send('Profiler.start');
  await work();
  const { profile } = await cdp.send('Profiler.stop');
  await cdp.detach();
  const file = join(tmpDir('profiles'), `today-reload-${Date.now()}.cpuprofile`);
  writeFileSync(file, JSON.stringify(profile));
  const summary = summariseCpuProfile(file, Number.MAX_SAFE_INTEGER);
  const origin = /^https?:\/\/[^/]+\//;
  const topFunctions = summary.topFunctions.map((row) => ({ ...row, where: row.where.replace(origin, '') }));
  const files = new Map<string, number>();
  for (const row of topFunctions) {
    const name = row.where
      ? row.where.replace(/:\d+$/, '')
      : row.name.startsWith('(')
        ? row.name
        : '(native)';
    files.set(name, (files.get(name) ?? 0) + row.selfMs);
  }
  const total = [...files.values()].reduce((a, b) => a + b, 0) || 1;
  return {
    durationMs: summary.durationMs,
    file: file.replace(/^.*\/bench\//, 'bench/'),
    topFunctions: topFunctions.slice(0, 15),
    byFile: [...files.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 10)
      .map(([name, ms]) => ({ file: name, selfMs: round(ms, 1), percent: round((ms / total) * 100, 1) })),
  };
}
