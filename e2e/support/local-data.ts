import type { BrowserContext, Page } from 'playwright-core';

/** Names of the IndexedDB databases this origin holds in the page's browser context. */
export async function localDatabaseNames(page: Page): Promise<string[]> {
  return page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name ?? '').sort());
}

/** The context's cookies for the app, as a Cookie header a plain HTTP client can replay. */
export async function cookieHeader(context: BrowserContext, baseUrl: string): Promise<string> {
  const cookies = await context.cookies(baseUrl);
  return cookies.map((c) => `${c.name}=${c.value}`).join('; ');
}

/** GET /api/me with a given Cookie header, outside any browser: what a stolen cookie would get. */
export async function meStatusWithCookie(baseUrl: string, cookie: string): Promise<number> {
  const response = await fetch(`${baseUrl}/api/me`, { headers: { cookie } });
  await response.body?.cancel();
  return response.status;
}
