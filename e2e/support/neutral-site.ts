import type { BrowserContext } from 'playwright-core';

/** Where quick exit sends people (apps/web/src/config.ts). */
export const NEUTRAL_SITE = /^https:\/\/www\.bbc\.com\/weather/;

/**
 * The machines running these tests have no internet, so the neutral site is answered locally.
 * Returns the list of neutral-site URLs the context asked for, to prove the request was made.
 */
export async function standInForNeutralSite(context: BrowserContext): Promise<string[]> {
  const requested: string[] = [];
  await context.route('https://www.bbc.com/**', async (route) => {
    requested.push(route.request().url());
    await route.fulfill({
      contentType: 'text/html',
      body: '<!doctype html><title>Weather</title><h1>Weather</h1>',
    });
  });
  return requested;
}
