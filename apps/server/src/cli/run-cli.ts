import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from '../config/config';
import { backup } from './backup';
import { CliError } from './cli-error';
import { POSTGRES_BACKUP_ADVICE } from './postgres-backups';
import { restore } from './restore';
import { USAGE } from './usage';

const commands = { backup, restore } as const;

/** Runs one command line; returns the exit code (0 done, 1 refused or failed, 2 wrong usage or configuration). */
export async function runCli(
  argv: string[],
  env: NodeJS.ProcessEnv,
  io: { out: (line: string) => void; err: (line: string) => void },
): Promise<number> {
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { force: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h' } },
    });
    const [name, fileArg, ...extra] = positionals;
    if (values.help || name === undefined || name === 'help') {
      io.out(USAGE);
      return name === undefined && !values.help ? 2 : 0;
    }
    if (!(name in commands)) throw new CliError(`Unknown command "${name}".\n\n${USAGE}`, 2);
    if (fileArg === undefined || extra.length > 0)
      throw new CliError(`\`${name}\` takes exactly one FILE.\n\n${USAGE}`, 2);

    const config = loadConfig(env);
    if (config.databaseUrl) throw new CliError(POSTGRES_BACKUP_ADVICE, 2);
    // `npm run` moves to the repository root; a relative FILE means where the person typed it.
    const file = resolve(env.INIT_CWD ?? process.cwd(), fileArg);
    await commands[name as keyof typeof commands]({ config, file, force: values.force, log: io.out });
    return 0;
  } catch (error) {
    if (error instanceof CliError) {
      io.err(error.message);
      return error.exitCode;
    }
    if (error instanceof ConfigError || isParseArgsError(error)) {
      io.err(error.message);
      return 2;
    }
    throw error;
  }
}

function isParseArgsError(error: unknown): error is Error {
  return (
    error instanceof TypeError && String((error as NodeJS.ErrnoException).code).startsWith('ERR_PARSE_ARGS')
  );
}
