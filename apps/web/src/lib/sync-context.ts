// What the three parts of the sync engine (puller, outbox, side-channel client) share: this
// device's copy of the server's records and the highest version seen of each.
import { ApiError } from './api-client';
import type { ApiRecord } from './api-types';
import { friendlyError } from './friendly-errors';
import type { LocalStore } from './local-store';
import type { RecordDecryptor } from './record-decryptor';

export interface SyncContext {
  readonly store: LocalStore;
  readonly userId: string;
  readonly decryptor: RecordDecryptor;
  readonly records: Map<string, ApiRecord>;
  /** Rollback protection: the highest version of each record this device has seen. */
  readonly seen: Map<string, number>;
  stopped: boolean;
  lastError: string | null;
  /** Something the screens show changed. */
  changed(): void;
  signedOut(): void;
}

/** Offline is not an error worth showing (the outbox waits); a lapsed session signs out. */
export function noteRequestFailure(ctx: SyncContext, error: unknown): void {
  if (error instanceof ApiError && error.status === 401) {
    ctx.signedOut();
    return;
  }
  ctx.lastError = error instanceof ApiError && error.isNetwork ? null : friendlyError(error);
}

/** Runs `once` until nobody asked for another run meanwhile; callers share the running one. */
export class Rerun {
  private running: Promise<void> | null = null;
  private again = false;

  constructor(
    private readonly once: () => Promise<void>,
    private readonly stopped: () => boolean,
  ) {}

  run(): Promise<void> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = (async () => {
      try {
        do {
          this.again = false;
          await this.once();
        } while (this.again && !this.stopped());
      } finally {
        this.running = null;
      }
    })();
    return this.running;
  }

  /** Asks for one more run after the current one. */
  requestAnother(): void {
    this.again = true;
  }
}
