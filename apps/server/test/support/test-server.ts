import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { loadConfig, type Config } from '../../src/config/config';
import type { Clock } from '../../src/context';
import type { Database } from '../../src/db/database';
import { createServer, type RunningServer } from '../../src/server';

export const TEST_HOST = 'hearth.test';
export const TEST_ORIGIN = `http://${TEST_HOST}`;

/** A clock tests can move forward (delays, expiry) without sleeping. */
export class TestClock implements Clock {
  private offsetMs = 0;
  now(): Date {
    return new Date(Date.now() + this.offsetMs);
  }
  advance(ms: number): void {
    this.offsetMs += ms;
  }
}

export interface TestServer {
  app: FastifyInstance;
  server: RunningServer;
  clock: TestClock;
  request(options: InjectOptions & { cookie?: string }): Promise<LightMyRequestResponse>;
  close(): Promise<void>;
}

export async function startTestServer(
  database: Database,
  options: { logs?: string[]; config?: Partial<Config> } = {},
): Promise<TestServer> {
  const clock = new TestClock();
  const config = loadConfig(
    {},
    { cookieSecure: true, logLevel: options.logs ? 'info' : 'silent', ...options.config },
  );
  const logStream = options.logs ? { write: (line: string) => void options.logs!.push(line) } : undefined;
  const server = await createServer(config, {
    database,
    clock,
    serveWebApp: false,
    logger: logStream ? { stream: logStream } : false,
  });
  await server.app.ready();
  return {
    app: server.app,
    server,
    clock,
    request: ({ cookie, headers, ...rest }) =>
      server.app.inject({
        ...rest,
        headers: {
          host: TEST_HOST,
          origin: TEST_ORIGIN,
          'user-agent': 'Mozilla/5.0 (X11; Linux x86_64) Chrome/156.0 Safari/537.36',
          ...(cookie ? { cookie } : {}),
          ...headers,
        },
      }),
    close: () => server.close(),
  };
}
