import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import type { LoadResults } from '../load/run-load';
import type { BundleResults } from '../bundle';
import type { ClientResults } from '../client/run-client';
import type { ProfileResults } from '../load/profile';
import type { PageResults } from '../page/run-page';
import type { MachineInfo } from './machine';
import { resultsJsonPath } from './paths';

/** The stable shape of bench/results.json (fields may be added, never renamed). */
export interface BenchResults {
  machine: MachineInfo;
  date: string;
  load?: LoadResults;
  bundle?: BundleResults;
  page?: PageResults;
  client?: ClientResults;
  profile?: ProfileResults;
}

export type PartResults = Omit<BenchResults, 'machine' | 'date'>;

export function readResults(): Partial<BenchResults> {
  if (!existsSync(resultsJsonPath)) return {};
  try {
    return JSON.parse(readFileSync(resultsJsonPath, 'utf8')) as Partial<BenchResults>;
  } catch {
    return {};
  }
}

/**
 * Parts measured now replace their previous figures; parts not run keep theirs. A load run on
 * one database keeps the other database's last figures (each carries its own date).
 */
export function mergeResults(
  previous: Partial<BenchResults>,
  fresh: PartResults,
  machine: MachineInfo,
  date: string,
): BenchResults {
  const merged: BenchResults = { ...previous, ...fresh, machine, date } as BenchResults;
  if (fresh.load && previous.load) {
    for (const kind of ['pglite', 'postgres'] as const) {
      if (!fresh.load[kind] && previous.load[kind])
        merged.load = { ...merged.load!, [kind]: previous.load[kind] };
    }
  }
  return merged;
}

export function writeResults(results: BenchResults): void {
  writeFileSync(resultsJsonPath, `${JSON.stringify(results, null, 2)}\n`);
}
