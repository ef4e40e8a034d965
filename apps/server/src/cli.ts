import { runCli } from './cli/run-cli';

// `npm run hearth -- <command>`: operator commands (backup, restore). See cli/usage.ts.
runCli(process.argv.slice(2), process.env, {
  out: (line) => console.log(line),
  err: (line) => console.error(line),
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(
      'hearth: unexpected failure:',
      error instanceof Error ? (error.stack ?? error.message) : error,
    );
    process.exitCode = 1;
  },
);
