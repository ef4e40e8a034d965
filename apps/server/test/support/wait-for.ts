/** Polls `condition` until it holds, failing after `timeoutMs`: tests wait for states, not clocks. */
export async function waitFor(
  condition: () => boolean,
  timeoutMs = 5000,
  what = 'a condition',
): Promise<void> {
  const started = Date.now();
  while (!condition()) {
    if (Date.now() - started > timeoutMs)
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
