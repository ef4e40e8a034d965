import { describe, expect, it } from 'vitest';
import { ApiError, NETWORK_ERROR_CODE } from './api-client';
import { friendlyError } from './friendly-errors';
import { runAction, type ActionProgress } from './run-action';

function recorder() {
  const seen: string[] = [];
  const progress: ActionProgress = {
    setBusy: (busy) => seen.push(busy ? 'busy' : 'idle'),
    setError: (message) => seen.push(message === null ? 'no error' : `error: ${message}`),
  };
  return { seen, progress };
}

const offline = new ApiError(0, NETWORK_ERROR_CODE, 'offline');

describe('running an action someone started', () => {
  it('is busy while it runs, clears the last error first, and is idle again after', async () => {
    const { seen, progress } = recorder();
    let seenWhileRunning: string[] = [];
    const ok = await runAction(() => {
      seenWhileRunning = [...seen];
    }, progress);
    expect(ok).toBe(true);
    expect(seenWhileRunning).toEqual(['busy', 'no error']);
    expect(seen).toEqual(['busy', 'no error', 'idle']);
  });

  it('turns a failure into the friendly sentence and is idle again, without rejecting', async () => {
    const { seen, progress } = recorder();
    const ok = await runAction(() => Promise.reject(offline), progress);
    expect(ok).toBe(false);
    expect(seen).toEqual(['busy', 'no error', `error: ${friendlyError(offline)}`, 'idle']);
  });

  it('stays busy after success when the action leaves the screen, but not after a failure', async () => {
    const leaving = recorder();
    await runAction(async () => undefined, leaving.progress, { leavesScreen: true });
    expect(leaving.seen).toEqual(['busy', 'no error']);

    const failing = recorder();
    await runAction(() => Promise.reject(offline), failing.progress, { leavesScreen: true });
    expect(failing.seen.at(-1)).toBe('idle');
  });

  it('uses the words the action knows better, and tells it what failed', async () => {
    const { seen, progress } = recorder();
    const failures: unknown[] = [];
    await runAction(() => Promise.reject(offline), progress, {
      describeError: () => 'Only while online.',
      onError: (error) => failures.push(error),
    });
    expect(seen).toContain('error: Only while online.');
    expect(failures).toEqual([offline]);
  });

  it('treats a throw before the first await like any other failure', async () => {
    const { seen, progress } = recorder();
    const ok = await runAction(() => {
      throw new Error('at once');
    }, progress);
    expect(ok).toBe(false);
    expect(seen.at(-2)).toBe(`error: ${friendlyError(new Error('at once'))}`);
  });
});
