import { loadavg } from 'node:os';
import { describeMachine } from './lib/machine';
import { runSoak } from './soak/run-soak';
import { parseSoakOptions } from './soak/soak-options';
import { recordSoak, renderSoakSection, soakPassed } from './soak/soak-report';

/**
 * `npm run soak -- [--minutes 10] [--db pglite|postgres] …` (flags in soak/soak-options.ts).
 * Not part of CI: ten minutes of the daily mix against one server process, then a summary
 * appended to bench/RESULTS.md. Exits 1 when a request failed, or when memory kept growing over a
 * run long enough to tell (soak/rss-trend.ts).
 */
async function main(): Promise<void> {
  const options = parseSoakOptions(process.argv.slice(2));
  const machine = describeMachine();
  const log = (line: string) => console.log(line);
  log(
    `Hearth soak: ${options.minutes} min on ${options.db}, ${machine.cores} cores, Node ${machine.node}; load average ${loadavg()[0]!.toFixed(2)}`,
  );
  const result = await runSoak(options, log);
  const section = renderSoakSection(result, machine);
  log('');
  log(section);
  if (options.record) {
    recordSoak(result, machine, section);
    log('');
    log('Appended to bench/RESULTS.md; figures in bench/results.json under "soak".');
  }
  const { errorsMet, flatMet } = soakPassed(result);
  if (!errorsMet || flatMet === false) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
