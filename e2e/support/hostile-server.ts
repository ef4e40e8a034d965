import type { BrowserContext } from 'playwright-core';

/**
 * A hostile server, played by the test: the real server answers, then the answer is rewritten
 * before the browser sees it. `set(null)` makes it honest again.
 */
export interface HostileServer<T> {
  set(rewrite: ((body: T) => void) | null): void;
  /** How many answers were rewritten so far (proves the lie was actually served). */
  rewritten(): number;
}

export async function rewriteJsonAnswers<T>(context: BrowserContext, url: RegExp): Promise<HostileServer<T>> {
  let rewrite: ((body: T) => void) | null = null;
  let count = 0;
  await context.route(url, async (route) => {
    if (route.request().method() !== 'GET' || !rewrite) return route.fallback();
    const response = await route.fetch();
    if (!response.ok()) return route.fulfill({ response });
    const body = (await response.json()) as T;
    rewrite(body);
    count += 1;
    return route.fulfill({ response, json: body });
  });
  return {
    set: (next) => (rewrite = next),
    rewritten: () => count,
  };
}
