import { randomBytes } from 'node:crypto';
import { revealTag } from '@hearth/crypto';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { Database } from '../../src/db/database';
import { createRevealsRepository } from '../../src/reveals/reveals.repository';
import { databasesUnderTest } from '../support/databases';
import { dumpAllTables } from '../support/dump';
import type { TestServer } from '../support/test-server';
import { withTestServer } from '../support/suite-server';
import { TestUser } from '../support/test-user';
import { waitFor } from '../support/wait-for';

const answerSchema = z.object({ text: z.string() });
const newTag = () => randomBytes(32).toString('base64url');

describe.each(databasesUnderTest())('daily question answer-then-reveal on $name', (under) => {
  let database: Database;
  let server: TestServer;

  withTestServer(under, (readyServer, readyDatabase) => {
    server = readyServer;
    database = readyDatabase;
  });

  async function couple() {
    const a = await TestUser.signUp(server, 'a');
    const b = await TestUser.signUp(server, 'b');
    await TestUser.pair(a, b);
    return { a, b, tag: revealTag(a.coupleKey!, 'q-001', '2026-03-14') };
  }

  it("the server never returns the partner's answer before mine", async () => {
    const { a, b, tag } = await couple();
    expect(tag).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect((await a.answerReveal(tag, { text: 'the lake at dawn' })).statusCode).toBe(201);

    const before = await b.req('GET', `/api/reveals/${tag}`);
    expect(before.statusCode).toBe(200);
    expect(before.json()).toEqual({ tag, mine: null, partner: null, partnerAnswered: true });
    expect(before.body).not.toContain(a.userId);
    const history = (await b.req('GET', `/api/reveals?tags=${tag},${newTag()}`)).json().reveals;
    expect(history[0]).toEqual({ tag, mine: null, partner: null, partnerAnswered: true });
    expect(history[1]).toMatchObject({ mine: null, partner: null, partnerAnswered: false });

    // The rule is in the query itself: asked directly, the repository withholds the partner's row.
    const coupleId = a.coupleId!;
    expect(await createRevealsRepository(database.db).readableAnswers(b.userId, [coupleId], [tag])).toEqual(
      [],
    );

    const answered = await b.answerReveal(tag, { text: 'our first flat' });
    expect(answered.statusCode).toBe(201);
    const reveal = answered.json().reveal;
    expect(reveal.mine.authorId).toBe(b.userId);
    expect(reveal.partner.authorId).toBe(a.userId);
    expect(b.openRevealAnswer(tag, reveal.partner, answerSchema).text).toBe('the lake at dawn');
    const forA = (await a.req('GET', `/api/reveals/${tag}`)).json();
    expect(a.openRevealAnswer(tag, forA.partner, answerSchema).text).toBe('our first flat');
    expect(a.openRevealAnswer(tag, forA.mine, answerSchema).text).toBe('the lake at dawn');
    expect(forA.partnerAnswered).toBe(true);
    expect(
      await createRevealsRepository(database.db).readableAnswers(b.userId, [coupleId], [tag]),
    ).toHaveLength(2);
  });

  it('an answer cannot be changed after it is given (before or after the reveal)', async () => {
    const { a, b, tag } = await couple();
    expect((await a.answerReveal(tag, { text: 'first thought' })).statusCode).toBe(201);
    const beforeReveal = await a.answerReveal(tag, { text: 'second thought' });
    expect(beforeReveal.statusCode).toBe(409);
    expect(beforeReveal.json().error.code).toBe('HEARTH_ALREADY_ANSWERED');

    expect((await b.answerReveal(tag, { text: 'partner answer' })).statusCode).toBe(201);
    const afterReveal = await a.answerReveal(tag, { text: 'seen theirs, want to change' });
    expect(afterReveal.statusCode).toBe(409);
    expect((await b.answerReveal(tag, { text: 'me too' })).statusCode).toBe(409);

    const stored = (await b.req('GET', `/api/reveals/${tag}`)).json();
    expect(b.openRevealAnswer(tag, stored.partner, answerSchema).text).toBe('first thought');
    expect(b.openRevealAnswer(tag, stored.mine, answerSchema).text).toBe('partner answer');
    expect(JSON.stringify(stored)).not.toContain('second thought');
  });

  it('two answers sent at once by the same person: exactly one is kept, the other is 409', async () => {
    const { a, tag } = await couple();
    const results = await Promise.all([
      a.answerReveal(tag, { text: 'one' }),
      a.answerReveal(tag, { text: 'two' }),
    ]);
    expect(results.map((r) => r.statusCode).sort()).toEqual([201, 409]);
    const rows = await createRevealsRepository(database.db).answeredBy([a.coupleId!], [tag]);
    expect(rows).toHaveLength(1);
  });

  it('another couple using the same tag string sees nothing of ours, and we see nothing of theirs', async () => {
    const ours = await couple();
    const theirs = await couple();
    const tag = ours.tag;
    expect((await ours.a.answerReveal(tag, { text: 'ours A' })).statusCode).toBe(201);
    expect((await ours.b.answerReveal(tag, { text: 'ours B' })).statusCode).toBe(201);

    const probe = (await theirs.a.req('GET', `/api/reveals/${tag}`)).json();
    expect(probe).toEqual({ tag, mine: null, partner: null, partnerAnswered: false });
    // Answering under our tag does not unlock our answers for them.
    const answered = (await theirs.a.answerReveal(tag, { text: 'theirs A' })).json().reveal;
    expect(answered.partner).toBeNull();
    expect(answered.partnerAnswered).toBe(false);
    expect((await theirs.b.req('GET', `/api/reveals?tags=${tag}`)).json().reveals[0]).toMatchObject({
      mine: null,
      partner: null,
      partnerAnswered: true,
    });
    const mine = (await ours.a.req('GET', `/api/reveals/${tag}`)).json();
    expect(mine.partner.authorId).toBe(ours.b.userId);
    expect(JSON.stringify(mine)).not.toContain(theirs.a.userId);
  });

  it('answering needs an active couple (409 HEARTH_NO_COUPLE), alone or while still waiting for a partner', async () => {
    const single = await TestUser.signUp(server, 'single');
    single.coupleKey = new Uint8Array(32);
    single.coupleId = '00000000-0000-4000-8000-000000000000';
    const tag = newTag();
    const alone = await single.answerReveal(tag, { text: 'x' });
    expect(alone.statusCode).toBe(409);
    expect(alone.json().error.code).toBe('HEARTH_NO_COUPLE');
    expect((await single.req('GET', `/api/reveals/${tag}`)).json().error.code).toBe('HEARTH_NO_COUPLE');

    const waiting = await TestUser.signUp(server, 'waiting');
    await waiting.invite();
    const pending = await waiting.answerReveal(tag, { text: 'x' });
    expect(pending.statusCode).toBe(409);
    expect(pending.json().error.code).toBe('HEARTH_NO_COUPLE');
  });

  it('an answer notifies both partners with a change notice that carries no content', async () => {
    const { a, b, tag } = await couple();
    const notices: Array<{ user: string; notice: { kind: string } }> = [];
    const stops = [a, b].map((user) =>
      server.server.ctx.notifier.subscribe(user.userId, (notice) =>
        notices.push({ user: user.userId, notice }),
      ),
    );
    await a.answerReveal(tag, { text: 'notify-marker' });
    // Pairing's own 'couple' notice may still be on its way through LISTEN/NOTIFY on PostgreSQL.
    const changes = () => notices.filter((n) => n.notice.kind === 'change');
    await waitFor(() => new Set(changes().map((n) => n.user)).size === 2);
    for (const stop of stops) stop();
    expect(JSON.stringify(notices)).not.toContain(tag);
  });

  it('after unlinking, both answers stay readable and no new answer is accepted', async () => {
    const { a, b, tag } = await couple();
    await a.answerReveal(tag, { text: 'before we parted' });
    await b.answerReveal(tag, { text: 'me as well' });
    expect((await a.req('POST', '/api/couple/unlink')).statusCode).toBe(200);
    const kept = (await b.req('GET', `/api/reveals/${tag}`)).json();
    expect(b.openRevealAnswer(tag, kept.partner, answerSchema).text).toBe('before we parted');
    const late = await b.answerReveal(newTag(), { text: 'too late' });
    expect(late.statusCode).toBe(409);
    expect(late.json().error.code).toBe('HEARTH_NO_COUPLE');
  });

  it('deleting my account deletes my answers; my partner keeps theirs', async () => {
    const { a, b, tag } = await couple();
    await a.answerReveal(tag, { text: 'stays' });
    await b.answerReveal(tag, { text: 'goes with b' });
    expect((await b.req('DELETE', '/api/account')).statusCode).toBe(204);
    const left = (await a.req('GET', `/api/reveals/${tag}`)).json();
    expect(left.partner).toBeNull();
    expect(left.partnerAnswered).toBe(false);
    expect(a.openRevealAnswer(tag, left.mine, answerSchema).text).toBe('stays');
    expect(await dumpAllTables(database)).not.toContain(b.userId);
  });

  it.each([
    ['a tag that is too short', 'abc', { keyEpoch: 0 }],
    ['a tag with characters outside base64url', `${'a'.repeat(42)}+`, { keyEpoch: 0 }],
    ['a body that is not an envelope', 'VALID', { keyEpoch: 0, body: 'plain text answer' }],
    ['a wrapped key that is not an envelope', 'VALID', { keyEpoch: 0, wrappedDek: 'nope' }],
    ['a negative key epoch', 'VALID', { keyEpoch: -1 }],
  ])('%s is refused with 400 and nothing is stored', async (_what, tagCase, override) => {
    const { a } = await couple();
    const tag = tagCase === 'VALID' ? newTag() : tagCase;
    const good = newTag();
    const { sealRecord } = await import('@hearth/crypto');
    const sealed = sealRecord(
      a.coupleKey!,
      'ck-0',
      { scope: 'couple', ownerId: a.coupleId!, recordId: `reveal:${good}`, authorId: a.userId, version: 1 },
      { text: 'x' },
    );
    const response = await a.req('PUT', `/api/reveals/${encodeURIComponent(tag)}`, {
      ...sealed,
      ...override,
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe('HEARTH_VALIDATION');
    expect(await createRevealsRepository(database.db).answeredBy([a.coupleId!], [tag])).toEqual([]);
  });

  it('my own answers come back a page at a time for my export, never my partner’s', async () => {
    const { a, b } = await couple();
    const tags = Array.from({ length: 5 }, newTag);
    for (const [index, tag] of tags.entries()) {
      expect((await a.answerReveal(tag, { text: `mine ${index}` })).statusCode).toBe(201);
      expect((await b.answerReveal(tag, { text: `theirs ${index}` })).statusCode).toBe(201);
    }
    const texts: string[] = [];
    let after: string | null = null;
    let pages = 0;
    do {
      const query: string = after ? `?limit=2&after=${encodeURIComponent(after)}` : '?limit=2';
      const page = await a.req('GET', `/api/reveals/mine${query}`);
      expect(page.statusCode).toBe(200);
      const { answers, next } = page.json() as { answers: Record<string, string>[]; next: string | null };
      for (const answer of answers) {
        expect(answer.authorId).toBe(a.userId);
        expect(answer.coupleId).toBe(a.coupleId);
        texts.push(a.openRevealAnswer(answer.tag!, answer as never, answerSchema).text);
      }
      after = next;
      pages += 1;
    } while (after && pages < 10);
    expect(pages).toBe(3);
    expect(texts.sort()).toEqual(['mine 0', 'mine 1', 'mine 2', 'mine 3', 'mine 4']);

    const someoneElse = await TestUser.signUp(server, 'c');
    expect((await someoneElse.req('GET', '/api/reveals/mine')).json()).toEqual({ answers: [], next: null });
    const badCursor = await a.req('GET', '/api/reveals/mine?after=page-two');
    expect(badCursor.statusCode).toBe(400);
    expect(badCursor.json().error.message).toMatch(/next/);
  });

  it('history asks for at most 31 tags at once', async () => {
    const { a } = await couple();
    const tags = Array.from({ length: 32 }, newTag);
    const tooMany = await a.req('GET', `/api/reveals?tags=${tags.join(',')}`);
    expect(tooMany.statusCode).toBe(400);
    const enough = await a.req('GET', `/api/reveals?tags=${tags.slice(0, 31).join(',')}`);
    expect(enough.json().reveals).toHaveLength(31);
  });
});
