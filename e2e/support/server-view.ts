import type { Page } from 'playwright-core';

export interface ServerRecord {
  id: string;
  scope: 'user' | 'couple';
  version: number;
  body: string | null;
  wrappedDek: string | null;
  deleted: boolean;
  seq: number;
}

/**
 * Every record the signed-in person can see, as the server stores it (ciphertext only). Reading
 * the server's state answers "has it arrived?" at once, where watching a screen would need a pause.
 */
export async function serverRecords(page: Page): Promise<ServerRecord[]> {
  return page.evaluate(async () => {
    const response = await fetch('/api/sync?cursor=0&limit=500', { credentials: 'same-origin' });
    return ((await response.json()) as { records: ServerRecord[] }).records;
  });
}

/** Resolves after the page has rendered two more frames: whatever the last input caused is drawn. */
export async function nextFrames(page: Page): Promise<void> {
  await page.evaluate(
    () => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))),
  );
}
