import { ConfigError, describeConfig, loadConfig } from './config/config';
import { createServer } from './server';

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(2);
    }
    throw error;
  }
  const server = await createServer(config);
  server.app.log.info({ config: describeConfig(config) }, 'starting Hearth');
  await server.app.listen({ port: config.port, host: config.host });
  // One line for the person who typed `npm start`, beside the JSON log meant for machines.
  process.stdout.write(`Hearth is running at ${addressForPeople(config)}\n`);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    server.app.log.info({ signal }, 'shutting down: finishing open requests');
    const force = setTimeout(() => process.exit(1), 10_000);
    force.unref();
    await server.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((error: unknown) => {
  console.error('Hearth could not start:', error instanceof Error ? error.message : error);
  process.exit(1);
});

function addressForPeople(config: { publicOrigin?: string | undefined; host: string; port: number }): string {
  if (config.publicOrigin) return config.publicOrigin;
  const anyAddress = config.host === '0.0.0.0' || config.host === '::';
  return `http://${anyAddress ? 'localhost' : config.host}:${config.port}`;
}
