import type { Page } from 'playwright-core';

/** Every request body and API response body a page sends or receives (the event stream aside). */
export function recordTraffic(page: Page) {
  const seen: string[] = [];
  const pending: Promise<unknown>[] = [];
  page.on('request', (request) =>
    seen.push(`${request.method()} ${request.url()} ${request.postData() ?? ''}`),
  );
  page.on('response', (response) => {
    if (!response.url().includes('/api/') || response.url().includes('/api/events')) return;
    pending.push(
      response.text().then(
        (body) => seen.push(body),
        () => undefined,
      ),
    );
  });
  return {
    async text(): Promise<string> {
      await Promise.allSettled(pending);
      return seen.join('\n');
    },
  };
}

export interface SealedWrite {
  recordId: string;
  scope: string;
  body: string;
  wrappedDek: string;
  at: number;
}

/** The sealed records a page writes (PUT /api/records/:id), in order. */
export function recordWrites(page: Page): SealedWrite[] {
  const writes: SealedWrite[] = [];
  page.on('request', (request) => {
    const match = /\/api\/records\/([^/?]+)/.exec(request.url());
    if (request.method() !== 'PUT' || !match) return;
    const body = JSON.parse(request.postData() ?? '{}') as {
      scope: string;
      body: string;
      wrappedDek: string;
    };
    writes.push({
      recordId: match[1]!,
      scope: body.scope,
      body: body.body,
      wrappedDek: body.wrappedDek,
      at: Date.now(),
    });
  });
  return writes;
}
