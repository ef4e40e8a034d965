import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from '../browser';
import { startE2eServer, type E2eServer } from './hearth-server';

/**
 * One real Hearth server and one Chromium for a spec file: started before its tests, stopped
 * after. Read `suite.browser` and `suite.server` inside tests (they exist once the suite started).
 */
export function hearthSuite(env: Record<string, string> = {}): {
  readonly browser: Browser;
  readonly server: E2eServer;
} {
  let browser: Browser | undefined;
  let server: E2eServer | undefined;
  beforeAll(async () => {
    server = await startE2eServer(env);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });
  const started = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('the browser suite has not started yet');
    return value;
  };
  return {
    get browser() {
      return started(browser);
    },
    get server() {
      return started(server);
    },
  };
}
