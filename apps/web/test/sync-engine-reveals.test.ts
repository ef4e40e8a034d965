// Daily-question answers in the outbox, against the real server in process: an entry kind of its
// own that goes to PUT /api/reveals/:tag, survives offline spells and reloads, is sent exactly
// once, and can never be changed.
import { randomBytes, randomUUID } from 'node:crypto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { openPayload } from '../src/lib/record-codec';
import type { QuestionAnswerPayload } from '../src/lib/record-payloads';
import { AlreadyAnsweredError } from '../src/lib/sync-engine';
import { syncHarness } from './support/sync-harness';

const h = syncHarness();
/** A fresh tag per test (each test is a new couple on one shared server). */
let TAG: string;

const answer = (text: string): QuestionAnswerPayload => ({
  type: 'question-answer',
  questionId: 'q-inner-world-001',
  date: '2026-03-02',
  text,
  createdAt: '2026-03-02T08:00:00.000Z',
});

beforeEach(() => {
  TAG = randomBytes(32).toString('base64url');
});

describe('reveal answers in the outbox', () => {
  it('keeps an answer written offline as pending (never as a record) and sends it once when back online', async () => {
    const a = h.engine();
    await a.start();
    const sent: string[] = [];
    a.onRevealSent((tag) => sent.push(tag));
    h.server.offline = true;
    await a.writeReveal(TAG, h.coupleId, 0, answer('the smell of rain'));
    await a.flush();
    expect(a.snapshot.pendingReveals).toEqual([{ tag: TAG, answer: answer('the smell of rain') }]);
    expect(a.snapshot.records).toEqual([]);
    expect(a.snapshot.pendingCount).toBe(1);

    h.server.offline = false;
    a.retryNow();
    await vi.waitFor(() => expect(h.store.box.size).toBe(0));
    expect(h.server.revealPuts).toBe(1);
    expect((await h.server.records()).size).toBe(0);
    expect(await h.server.myAnswer(TAG)).not.toBeNull();
    expect(sent).toEqual([TAG]);
    expect(a.snapshot.pendingReveals).toEqual([]);
  });

  it('refuses a second answer to the same question while the first is waiting', async () => {
    const a = h.engine();
    await a.start();
    h.server.offline = true;
    await a.writeReveal(TAG, h.coupleId, 0, answer('first'));
    await expect(a.writeReveal(TAG, h.coupleId, 0, answer('second'))).rejects.toBeInstanceOf(
      AlreadyAnsweredError,
    );
    expect(a.snapshot.pendingReveals.map((p) => p.answer.text)).toEqual(['first']);
  });

  it('treats "already answered" after a lost response as sent, without a duplicate', async () => {
    const a = h.engine();
    await a.start();
    const sent: string[] = [];
    a.onRevealSent((tag) => sent.push(tag));
    h.server.loseNextRevealAnswer = true;
    await a.writeReveal(TAG, h.coupleId, 0, answer('once'));
    await a.flush();
    expect(h.store.box.size).toBe(1);
    a.retryNow();
    await vi.waitFor(() => expect(h.store.box.size).toBe(0));
    expect(h.server.revealPuts).toBe(2);
    expect(await h.server.myAnswer(TAG)).not.toBeNull();
    expect(sent).toEqual([TAG]);
    expect(a.snapshot.lastError).toBeNull();
  });

  it('survives a reload with the answer still unsent', async () => {
    const a = h.engine();
    await a.start();
    h.server.offline = true;
    await a.writeReveal(TAG, h.coupleId, 0, answer('kept'));
    a.stop();
    h.server.offline = false;
    const again = h.engine();
    await again.start();
    await vi.waitFor(async () => expect(await h.server.myAnswer(TAG)).not.toBeNull());
    await vi.waitFor(() => expect(h.store.box.size).toBe(0));
  });

  it('seals the answer to the record id "reveal:" + tag, so it cannot be moved to another tag', async () => {
    const a = h.engine();
    await a.start();
    await a.writeReveal(TAG, h.coupleId, 0, answer('bound'));
    await vi.waitFor(async () => expect(await h.server.myAnswer(TAG)).not.toBeNull());
    const stored = (await h.server.myAnswer(TAG))!;
    const target = {
      scope: 'couple' as const,
      ownerId: h.coupleId,
      keyEpoch: 0,
      authorId: h.userId,
      version: 1,
    };
    expect(openPayload({ ...target, recordId: `reveal:${TAG}` }, stored)).toMatchObject({ text: 'bound' });
    expect(() => openPayload({ ...target, recordId: 'reveal:another-tag' }, stored)).toThrow();
  });

  it('sends records and answers written offline together, each exactly once', async () => {
    const a = h.engine();
    await a.start();
    h.server.offline = true;
    const touchId = randomUUID();
    await a.write(touchId, 'couple', h.coupleId, 0, {
      type: 'touch',
      date: '2026-03-02',
      kind: 'hug',
      at: '2026-03-02T08:00:00.000Z',
      forBoth: true,
    });
    await a.writeReveal(TAG, h.coupleId, 0, answer('together'));
    await a.flush();
    h.server.offline = false;
    a.retryNow();
    await vi.waitFor(() => expect(h.store.box.size).toBe(0));
    expect((await h.server.records()).get(touchId)?.version).toBe(1);
    expect(h.server.puts).toBe(1);
    expect(h.server.revealPuts).toBe(1);
    expect(a.snapshot.records.map((r) => r.payload.type)).toEqual(['touch']);
  });

  it('drops an answer the server will never take (no couple) and says so', async () => {
    const a = h.engine();
    await a.start();
    await h.server.partnerUnlinks();
    await a.writeReveal(TAG, h.coupleId, 0, answer('too late'));
    await a.flush();
    expect(h.store.box.size).toBe(0);
    expect(a.snapshot.lastError).toBe('Shared things need a linked partner first.');
  });

  it('refuses a malformed reveal answer before it is sealed: nothing is queued or sent', async () => {
    const a = h.engine();
    await a.start();
    await expect(a.writeReveal(TAG, h.coupleId, 0, { ...answer('x'), text: '' })).rejects.toMatchObject({
      code: 'HEARTH_INVALID_ENTRY',
    });
    await expect(
      a.writeReveal(TAG, h.coupleId, 0, { ...answer('x'), date: '2999-01-01' } as QuestionAnswerPayload),
    ).rejects.toThrow();
    await a.flush();
    expect(h.store.box.size).toBe(0);
    expect(h.server.revealPuts).toBe(0);
    expect(a.snapshot.pendingReveals).toEqual([]);
  });
});
