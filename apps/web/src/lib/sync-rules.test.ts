import { describe, expect, it } from 'vitest';
import {
  backoffDelay,
  checkIncoming,
  classifyPushFailure,
  decideConflict,
  dueEntries,
  enqueue,
  MAX_BACKOFF_MS,
  canQueueReveal,
  isRevealEntry,
  plannedVersion,
  revealRecordId,
  revealTagOf,
  type OutboxEntry,
} from './sync-rules';

function entry(recordId: string, over: Partial<OutboxEntry> = {}): OutboxEntry {
  return {
    recordId,
    scope: 'user',
    ownerId: 'u1',
    keyEpoch: 0,
    baseVersion: 0,
    version: 1,
    deleted: false,
    wrappedDek: 'w',
    body: 'b',
    queuedAt: 1000,
    attempts: 0,
    nextAttemptAt: 0,
    ...over,
  };
}

describe('rollback protection', () => {
  it.each([
    [undefined, 1, 'new'],
    [1, 2, 'new'],
    [3, 3, 'already-seen'],
    [3, 2, 'rollback'],
    [5, 1, 'rollback'],
  ] as const)('a record seen at version %s and offered at version %s is %s', (seen, incoming, verdict) => {
    expect(checkIncoming(seen, incoming)).toBe(verdict);
  });
});

describe('outbox', () => {
  it('a new write builds on the server version', () => {
    expect(plannedVersion(4, undefined)).toEqual({ baseVersion: 4, version: 5 });
  });

  it('a write that replaces a pending one builds on the same server version, never skipping one', () => {
    expect(plannedVersion(4, { baseVersion: 4 })).toEqual({ baseVersion: 4, version: 5 });
  });

  it('holds at most one write per record (no duplicates), keeping the first queue position', () => {
    const first = entry('a', { queuedAt: 1, body: 'old' });
    const other = entry('b', { queuedAt: 2 });
    const next = enqueue([first, other], entry('a', { queuedAt: 3, body: 'new', attempts: 0 }));
    expect(next.filter((e) => e.recordId === 'a')).toHaveLength(1);
    expect(next.find((e) => e.recordId === 'a')).toMatchObject({ body: 'new', queuedAt: 1 });
  });

  it('deleting a record whose creation never reached the server just forgets it', () => {
    const created = entry('a', { baseVersion: 0, version: 1 });
    expect(
      enqueue(
        [created],
        entry('a', { deleted: true, baseVersion: 0, version: 1, body: null, wrappedDek: null }),
      ),
    ).toEqual([]);
  });

  it('deleting a record the server has becomes a tombstone write', () => {
    const next = enqueue(
      [],
      entry('a', { deleted: true, baseVersion: 3, version: 4, body: null, wrappedDek: null }),
    );
    expect(next).toHaveLength(1);
    expect(next[0]).toMatchObject({ deleted: true, version: 4 });
  });

  it('sends due writes oldest first and skips those waiting for backoff or a decision', () => {
    const outbox = [
      entry('c', { queuedAt: 30 }),
      entry('a', { queuedAt: 10 }),
      entry('b', { queuedAt: 20, nextAttemptAt: 5000 }),
      entry('d', { queuedAt: 5, conflict: true }),
    ];
    expect(dueEntries(outbox, 1000).map((e) => e.recordId)).toEqual(['a', 'c']);
    expect(dueEntries(outbox, 6000).map((e) => e.recordId)).toEqual(['a', 'b', 'c']);
  });
});

describe('backoff', () => {
  it('doubles from one second and never exceeds a minute', () => {
    const mid = () => 0.5;
    expect(backoffDelay(1, mid)).toBe(1000);
    expect(backoffDelay(2, mid)).toBe(2000);
    expect(backoffDelay(3, mid)).toBe(4000);
    expect(backoffDelay(30, mid)).toBe(MAX_BACKOFF_MS);
  });

  it('adds at most ±25% jitter so devices do not retry in lockstep', () => {
    expect(backoffDelay(2, () => 0)).toBe(1500);
    expect(backoffDelay(2, () => 0.999999)).toBe(2500);
  });
});

describe('push failures', () => {
  it.each([
    [0, 'HEARTH_NETWORK', 'retry'],
    [503, 'HEARTH_NOT_READY', 'retry'],
    [429, 'HEARTH_RATE_LIMITED', 'retry'],
    [409, 'HEARTH_AWAITING_CONFIRMATION', 'retry'],
    [409, 'HEARTH_VERSION_CONFLICT', 'conflict'],
    [401, 'HEARTH_UNAUTHENTICATED', 'signed-out'],
    [409, 'HEARTH_NO_COUPLE', 'drop'],
    [400, 'HEARTH_VALIDATION', 'drop'],
  ] as const)('status %i %s → %s', (status, code, kind) => {
    expect(classifyPushFailure(status, code)).toBe(kind);
  });
});

describe('conflicts', () => {
  const note = (text: string) => ({ type: 'note' as const, text, updatedAt: 't' });

  it('asks the person when two different note texts collide', () => {
    expect(
      decideConflict({ deleted: false, payload: note('mine') }, { deleted: false, payload: note('theirs') }),
    ).toBe('ask');
  });

  it('asks when my edit meets their deletion', () => {
    expect(decideConflict({ deleted: false, payload: note('mine') }, { deleted: true, payload: null })).toBe(
      'ask',
    );
  });

  it('keeps the first stored log entry of an exercise session (written once for both)', () => {
    const done = (activeSeconds: number) => ({
      type: 'exercise-done' as const,
      sessionId: 's',
      exerciseId: 'e',
      completed: true,
      startedAt: null,
      endedAt: 't',
      activeSeconds,
      openedStageIds: [],
    });
    expect(decideConflict({ deleted: false, payload: done(60) }, { deleted: false, payload: done(61) })).toBe(
      'keep-theirs',
    );
  });

  it('keeps theirs silently when both sides say the same', () => {
    expect(
      decideConflict({ deleted: false, payload: note('same') }, { deleted: false, payload: note('same') }),
    ).toBe('keep-theirs');
    expect(decideConflict({ deleted: true, payload: null }, { deleted: true, payload: null })).toBe(
      'keep-theirs',
    );
  });

  it('lets my latest write win for one-person records such as my profile', () => {
    expect(
      decideConflict(
        { deleted: false, payload: { type: 'profile', name: 'Sam' } },
        { deleted: false, payload: { type: 'profile', name: 'Samuel' } },
      ),
    ).toBe('keep-mine');
  });

  it('merges two ends of one device-free time into the earlier end, without asking', () => {
    const free = (endedAt: string) => ({
      type: 'device-free' as const,
      startedAt: 'a',
      minutes: 20 as const,
      endedAt,
    });
    expect(
      decideConflict({ deleted: false, payload: free('10:05') }, { deleted: false, payload: free('10:03') }),
    ).toEqual({ merged: free('10:03') });
  });

  it('keeps the stored copy of a written-once record when it arrives twice', () => {
    const touch = {
      type: 'touch' as const,
      date: '2026-05-10',
      kind: 'hug' as const,
      at: 'x',
      forBoth: true,
    };
    expect(decideConflict({ deleted: false, payload: touch }, { deleted: false, payload: touch })).toBe(
      'keep-theirs',
    );
  });
});

describe('reveal entries', () => {
  it('bind the answer to the record id "reveal:" + tag and read the tag back', () => {
    const e = entry(revealRecordId('abc_-123'), { kind: 'reveal' });
    expect(e.recordId).toBe('reveal:abc_-123');
    expect(revealTagOf(e)).toBe('abc_-123');
    expect(isRevealEntry(e)).toBe(true);
    expect(isRevealEntry(entry('n1'))).toBe(false);
  });

  it('allow one pending answer per tag, never a second (answers cannot change)', () => {
    const outbox = [entry(revealRecordId('t1'), { kind: 'reveal' }), entry('n1')];
    expect(canQueueReveal(outbox, 't1')).toBe(false);
    expect(canQueueReveal(outbox, 't2')).toBe(true);
  });

  it('count "already answered" as sent, so a retry after a lost response never duplicates', () => {
    expect(classifyPushFailure(409, 'HEARTH_ALREADY_ANSWERED')).toBe('already-there');
    expect(classifyPushFailure(409, 'HEARTH_NO_COUPLE')).toBe('drop');
  });
});
