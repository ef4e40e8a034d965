// Pulls changes from the server page by page into this device's copy, refusing any record the
// server tries to roll back to a version older than one already seen.
import { api } from './api-client';
import type { ApiRecord } from './api-types';
import { noteRequestFailure, Rerun, type SyncContext } from './sync-context';
import { checkIncoming } from './sync-rules';

export class SyncPuller {
  /** Records the server offered in an older version than one seen: shown as problems. */
  readonly rolledBack = new Set<string>();
  syncing = false;
  /** Pulled successfully at least once since starting. */
  synced = false;
  private readonly runs: Rerun;

  constructor(private readonly ctx: SyncContext) {
    this.runs = new Rerun(
      () => this.pullOnce(),
      () => ctx.stopped,
    );
  }

  pull(): Promise<void> {
    return this.runs.run();
  }

  private async pullOnce(): Promise<void> {
    const ctx = this.ctx;
    this.syncing = true;
    try {
      let cursor = await ctx.store.cursor();
      for (;;) {
        const page = await api.sync(cursor);
        const accepted: ApiRecord[] = [];
        for (const record of page.records) {
          const verdict = checkIncoming(ctx.seen.get(record.id), record.version);
          if (verdict === 'rollback') this.rolledBack.add(record.id);
          if (verdict !== 'new') continue;
          accepted.push(record);
          ctx.records.set(record.id, record);
          ctx.seen.set(record.id, record.version);
        }
        await ctx.store.applyPulled(accepted, page.cursor);
        cursor = page.cursor;
        if (!page.hasMore || ctx.stopped) break;
      }
      this.synced = true;
      ctx.lastError = null;
    } catch (error) {
      noteRequestFailure(ctx, error);
    } finally {
      this.syncing = false;
      ctx.changed();
    }
  }
}
