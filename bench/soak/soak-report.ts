import { appendFileSync } from 'node:fs';
import type { MachineInfo } from '../lib/machine';
import { table, verdict } from '../lib/markdown-table';
import { resultsMdPath } from '../lib/paths';
import { readResults, writeResults, type BenchResults } from '../lib/results';
import { FLAT_SLOPE_MB_PER_MIN, JUDGE_AFTER_MIN } from './rss-trend';
import type { SoakResult } from './run-soak';

/** flatMet is undefined when the run was too short to judge memory. */
export function soakPassed(result: SoakResult): { errorsMet: boolean; flatMet: boolean | undefined } {
  return {
    errorsMet: result.load.errors === 0,
    flatMet:
      result.minutes < JUDGE_AFTER_MIN
        ? undefined
        : Math.abs(result.rss.secondHalfSlopeMbPerMin) <= FLAT_SLOPE_MB_PER_MIN,
  };
}

const mb = (value: number) => `${value.toLocaleString('en')} MB`;
const mix = (shares: Record<string, number>) =>
  Object.entries(shares)
    .map(([step, share]) => `${step} ${Math.round(share * 100)} %`)
    .join(', ');
const slope = (value: number) => `${value > 0 ? '+' : ''}${value} MB/min`;

/** The dated "Soak" section for bench/RESULTS.md (also printed as the summary). */
export function renderSoakSection(result: SoakResult, machine: MachineInfo): string {
  const { errorsMet, flatMet } = soakPassed(result);
  const { load, rss, seed } = result;
  const database = result.database === 'pglite' ? 'PGlite' : 'PostgreSQL';
  return [
    `## Soak of ${result.date.replace('T', ' ').slice(0, 16)} UTC — ${result.minutes} min of the daily mix on ${database}`,
    '',
    `Machine: ${machine.cores} cores (${machine.cpuModel}), ${machine.memoryGb} GB memory, Node ${machine.node}, ${machine.os}. Load average at start: ${machine.loadAverageAtStart}.`,
    '',
    table(
      ['figure', 'value', 'target'],
      [
        [
          'requests',
          `${result.requests.toLocaleString('en')} (${load.rps.toLocaleString('en')} req/s), p50 ${load.p50} ms, p99 ${load.p99} ms`,
          '–',
        ],
        [
          'errors',
          `${load.errors} (non-2xx ${load.non2xx}, timeouts ${load.timeouts})`,
          `0: ${verdict(errorsMet)}`,
        ],
        ['server RSS before load (idle)', mb(rss.idleBeforeLoadMb), '–'],
        [`server RSS at start (first sample, ${rss.samples[0]?.atS ?? '–'} s)`, mb(rss.startMb), '–'],
        ['server RSS at end', mb(rss.endMb), '–'],
        ['server RSS max (sampled / VmHWM)', `${mb(rss.maxMb)} / ${mb(rss.peakMb)}`, '–'],
        ['RSS slope, whole run', slope(rss.slopeMbPerMin), '–'],
        [
          'RSS slope, second half',
          slope(rss.secondHalfSlopeMbPerMin),
          `flat (within ±${FLAT_SLOPE_MB_PER_MIN} MB/min): ${flatMet === undefined ? `not judged, run under ${JUDGE_AFTER_MIN} min` : verdict(flatMet)}`,
        ],
      ],
    ),
    '',
    `RSS every ${rss.sampleSeconds} s (MB): ${rss.samples.map((s) => s.rssMb).join(', ')}.`,
    '',
    `Run with \`npm run soak -- --minutes ${result.minutes} --db ${result.database} --connections ${result.connections}\`: ${result.connections} connections without pause, the load bench's daily mix (${mix(result.shares)}); status codes ${JSON.stringify(load.statusCodes)}. Seed: ${seed.couples.toLocaleString('en')} couples, ${seed.records.toLocaleString('en')} records (${seed.measured.couples} measured couples × ${seed.measured.recordsEach.toLocaleString('en')}).`,
  ].join('\n');
}

/** Appends the section to RESULTS.md and keeps the figures in results.json under `soak.<database>`. */
export function recordSoak(result: SoakResult, machine: MachineInfo, section: string): void {
  appendFileSync(resultsMdPath, `\n${section}\n`);
  const previous = readResults() as Partial<BenchResults> & { soak?: Record<string, SoakResult> };
  writeResults({
    ...previous,
    machine: previous.machine ?? machine,
    date: previous.date ?? result.date,
    soak: { ...previous.soak, [result.database]: result },
  } as BenchResults);
}
