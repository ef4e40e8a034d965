import { loadavg } from 'node:os';
import { runBundle } from './bundle';
import { runClient } from './client/run-client';
import { describeMachine } from './lib/machine';
import { appendRunSection } from './lib/markdown';
import { parseOptions, type Part } from './lib/options';
import { mergeResults, readResults, writeResults, type PartResults } from './lib/results';
import { runLoad, runProfileOnly } from './load/run-load';
import { runPage } from './page/run-page';
import { buildWebApp } from './lib/web-build';

/**
 * `npm run bench -- [load|bundle|client|profile|page] [flags]` (see lib/options.ts). Measures and
 * records: results.json is rewritten after every part (a later failure loses nothing) and one dated
 * section is appended to RESULTS.md at the end. Exits non-zero only when a part could not run.
 */
async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  const log = (line: string) => console.log(line);
  const machine = describeMachine();
  const date = new Date().toISOString();
  log(
    `Hearth bench: ${options.parts.join(', ')}${options.quick ? ' (quick)' : ''} on ${machine.cores} cores, ${machine.cpuModel}, Node ${machine.node}; load average ${loadavg()[0]!.toFixed(2)}`,
  );

  const fresh: PartResults = {};
  const failures: Record<string, string> = {};
  const save = () => writeResults(mergeResults(readResults(), fresh, machine, date));
  const attempt = async (part: string, work: () => Promise<void>) => {
    try {
      await work();
      save();
    } catch (error) {
      failures[part] = error instanceof Error ? (error.stack ?? error.message) : String(error);
      console.error(`${part} failed:`, error);
    }
  };

  const wantsProfile = options.parts.includes('profile');
  if (options.parts.includes('load')) {
    await attempt('load', async () => {
      const { load, profile } = await runLoad(options, wantsProfile, log);
      fresh.load = load;
      if (profile) fresh.profile = profile;
    });
  } else if (wantsProfile) {
    await attempt('profile', async () => {
      fresh.profile = await runProfileOnly(options, log);
    });
  }
  if (options.parts.includes('bundle')) {
    await attempt('bundle', async () => {
      fresh.bundle = runBundle(log);
    });
  }
  // The bundle part has just built the web app; otherwise the browser parts build it themselves.
  let webBuilt = fresh.bundle?.status === 'ok';
  const needsBuild = () => {
    if (!webBuilt) buildWebApp(log);
    webBuilt = true;
  };
  if (options.parts.includes('client')) {
    await attempt('client', async () => {
      needsBuild();
      fresh.client = await runClient(options, log);
    });
  }
  if (options.parts.includes('page')) {
    await attempt('page', async () => {
      needsBuild();
      fresh.page = await runPage(options, log);
    });
  }

  const merged = mergeResults(readResults(), fresh, machine, date);
  writeResults(merged);
  const ran: Part[] = options.parts.filter((part) => part in fresh || part in failures);
  appendRunSection(merged, ran, failures);
  log('Wrote bench/results.json and appended to bench/RESULTS.md');
  if (Object.keys(failures).length > 0) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
