// Writes that travel beside the record store: today the daily-question answer, sent to
// PUT /api/reveals/:tag under its opaque tag (answer-then-reveal, PRIVACY.md). It is checked
// like every other write, sealed like a couple record with record id 'reveal:' + tag and
// version 1, queued in the outbox so it survives offline spells, and sent exactly once.
import { api } from './api-client';
import { checkEntry } from './entry-check';
import { todayLocal } from './local-today';
import { sealPayload } from './record-codec';
import type { QuestionAnswerPayload } from './record-payloads';
import type { SyncContext } from './sync-context';
import type { SideChannelSender, SyncOutbox } from './sync-outbox';
import { canQueueReveal, revealRecordId, revealTagOf, type OutboxEntry } from './sync-rules';

/** A second answer to the same daily question: answers cannot change. */
export class AlreadyAnsweredError extends Error {
  readonly code = 'HEARTH_ALREADY_ANSWERED';
  constructor() {
    super('This question was already answered.');
    this.name = 'AlreadyAnsweredError';
  }
}

export class SideChannelClient implements SideChannelSender {
  private revealListeners = new Set<(tag: string) => void>();

  constructor(
    private readonly ctx: SyncContext,
    private readonly outbox: () => SyncOutbox,
  ) {}

  /** Called with the tag whenever the server has taken one of my daily-question answers. */
  onRevealSent = (listener: (tag: string) => void): (() => void) => {
    this.revealListeners.add(listener);
    return () => this.revealListeners.delete(listener);
  };

  stop(): void {
    this.revealListeners.clear();
  }

  async writeReveal(
    tag: string,
    coupleId: string,
    keyEpoch: number,
    answer: QuestionAnswerPayload,
  ): Promise<void> {
    // Before sealing: a malformed answer must never reach the outbox, let alone the partner.
    checkEntry(answer, todayLocal(), { sideChannel: 'reveal' });
    const outbox = this.outbox();
    if (!canQueueReveal(outbox.pending(), tag)) throw new AlreadyAnsweredError();
    const recordId = revealRecordId(tag);
    const sealed = sealPayload(
      { scope: 'couple', ownerId: coupleId, keyEpoch, recordId, authorId: this.ctx.userId, version: 1 },
      answer,
    );
    await outbox.enqueue({
      kind: 'reveal',
      recordId,
      scope: 'couple',
      ownerId: coupleId,
      keyEpoch,
      baseVersion: 0,
      version: 1,
      deleted: false,
      ...sealed,
      queuedAt: Date.now(),
      attempts: 0,
      nextAttemptAt: 0,
    });
  }

  async send(entry: OutboxEntry): Promise<void> {
    await api.putReveal(revealTagOf(entry), {
      keyEpoch: entry.keyEpoch,
      wrappedDek: entry.wrappedDek!,
      body: entry.body!,
    });
  }

  sent(entry: OutboxEntry): void {
    const tag = revealTagOf(entry);
    for (const l of this.revealListeners) l(tag);
  }
}
