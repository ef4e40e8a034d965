import { eq } from 'drizzle-orm';
import { localDate, wallClock } from '@hearth/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database';
import { pushSubscriptions, reminderSchedules } from '../../src/db/schema';
import { createReminderScheduler } from '../../src/reminders/reminder-scheduler';
import { createRemindersRepository } from '../../src/reminders/reminders.repository';
import { databasesUnderTest } from '../support/databases';
import {
  decryptPush,
  startLocalPushService,
  verifyVapidAuthorization,
  type LocalPushService,
  type TestSubscription,
} from '../support/local-push-service';
import { startTestServer, type TestServer } from '../support/test-server';
import { TestUser } from '../support/test-user';
import { waitFor } from '../support/wait-for';

const MINUTE = 60_000;
const localPeer = { reminders: false, pushAllowLocalHttp: true } as const;

/**
 * Reminders end to end through a real push endpoint on 127.0.0.1: the server signs with VAPID and
 * encrypts with RFC 8291 (web-push); the test checks the signature with node:crypto and decrypts
 * with the independent http_ece package, as a browser's push service and service worker would.
 */
describe.each(databasesUnderTest())('reminders through Web Push on $name', (under) => {
  let firstDb: Database;
  let secondDb: Database;
  let first: TestServer;
  let second: TestServer;
  let peer: LocalPushService;

  beforeAll(async () => {
    firstDb = await under.open();
    // Two instances on one database; on PostgreSQL each has its own connection pool.
    secondDb = under.name === 'postgres' ? await under.open() : firstDb;
    first = await startTestServer(firstDb, { config: localPeer });
    second = await startTestServer(secondDb, { config: localPeer });
    peer = await startLocalPushService();
  });
  afterAll(async () => {
    await first.close();
    await second.close();
    await firstDb.close();
    if (secondDb !== firstDb) await secondDb.close();
    await peer.close();
  });

  /** Moves both instances' clocks to the same instant (they start equal and always move together). */
  function moveClocksTo(instant: number) {
    const by = instant - first.clock.now().getTime();
    first.clock.advance(by);
    second.clock.advance(by);
  }

  /** A signed-in person whose browser subscribed, with one reminder a few minutes from now (UTC). */
  async function subscribedUser(prefix: string, minutesAhead = 5) {
    const user = await TestUser.signUp(first, prefix);
    const subscription = peer.newSubscription();
    const put = await user.req('PUT', '/api/push/subscription', {
      endpoint: subscription.endpoint,
      keys: subscription.keys,
    });
    expect(put.statusCode, put.body).toBe(204);
    const time = wallClock(new Date(first.clock.now().getTime() + minutesAhead * MINUTE), 'UTC').time;
    const settings = await user.req('PUT', '/api/reminders', {
      timeZone: 'UTC',
      quietHours: null,
      reminders: [{ practice: 'checkin', time, enabled: true }],
    });
    expect(settings.statusCode, settings.body).toBe(200);
    const nextDueAt = new Date(settings.json().reminders[0].nextDueAt as string);
    return { user, subscription, nextDueAt };
  }

  const pushesFor = (subscription: TestSubscription) =>
    peer.received.filter((push) => push.subscriptionId === subscription.id);

  it('a due reminder reaches a real push endpoint, VAPID-signed and aes128gcm-encrypted, and decrypts to exactly {"v":1}', async () => {
    const { user, subscription, nextDueAt } = await subscribedUser('pushed');
    const publicKey = (await user.req('GET', '/api/push/public-key')).json().publicKey as string;
    moveClocksTo(nextDueAt.getTime() + MINUTE);

    const report = await createReminderScheduler(first.server.ctx).tick();
    expect(report.delivered).toBeGreaterThanOrEqual(1);
    const pushes = pushesFor(subscription);
    expect(pushes).toHaveLength(1);
    const push = pushes[0]!;

    expect(push.headers['content-encoding']).toBe('aes128gcm');
    expect(push.headers.ttl).toBe('14400');
    expect(push.headers.urgency).toBe('normal');
    const { claims, publicKey: signer } = verifyVapidAuthorization(push.headers.authorization);
    expect(signer).toBe(publicKey);
    expect(claims.aud).toBe(peer.origin);
    expect(claims.sub).toBe('mailto:hearth@localhost');
    const nowSeconds = Date.now() / 1000;
    expect(claims.exp).toBeGreaterThan(nowSeconds);
    expect(claims.exp).toBeLessThanOrEqual(nowSeconds + 24 * 3600);

    expect(decryptPush(push, subscription)).toBe('{"v":1}');

    const after = (await user.req('GET', '/api/reminders')).json().reminders[0];
    expect(new Date(after.nextDueAt).getTime()).toBeGreaterThan(first.clock.now().getTime());
    expect(new Date(after.nextDueAt).getTime() - nextDueAt.getTime()).toBe(24 * 3_600_000);
  });

  it('each due reminder is pushed exactly once while two instances tick at the same time; a practice done today is not sent', async () => {
    const due = [];
    for (let i = 0; i < 20; i += 1) due.push(await subscribedUser(`due${i}`));
    const doneByApi = await subscribedUser('done-api');
    const doneInRace = await subscribedUser('done-race');
    moveClocksTo(Math.max(...[...due, doneByApi, doneInRace].map((u) => u.nextDueAt.getTime())) + MINUTE);

    // Done through the API (the reminder moves on at once) …
    const today = localDate(first.clock.now(), 'UTC');
    const marked = await doneByApi.user.req('POST', '/api/practices/done', {
      practice: 'checkin',
      date: today,
    });
    expect(marked.statusCode, marked.body).toBe(204);
    // … and done a moment before the tick claims it (the tick itself checks the day).
    await createRemindersRepository(firstDb.db).markDone(
      doneInRace.user.userId,
      'checkin',
      localDate(doneInRace.nextDueAt, 'UTC'),
    );

    // Small batches so the two instances interleave claims instead of one taking everything.
    const schedulers = [first, second, first, second].map((s) =>
      createReminderScheduler(s.server.ctx, { batchSize: 3 }),
    );
    const reports = await Promise.all(schedulers.map((scheduler) => scheduler.tick()));

    for (const { subscription } of due) expect(pushesFor(subscription)).toHaveLength(1);
    expect(pushesFor(doneByApi.subscription)).toHaveLength(0);
    expect(pushesFor(doneInRace.subscription)).toHaveLength(0);
    expect(reports.reduce((sum, report) => sum + report.delivered, 0)).toBe(20);
    // Each due row was claimed by exactly one tick: the 20 sent and the one held back by the tick.
    expect(reports.reduce((sum, report) => sum + report.claimed, 0)).toBe(21);
    for (const { subscription } of due)
      expect(decryptPush(pushesFor(subscription)[0]!, subscription)).toBe('{"v":1}');

    // Every reminder moved to its next day, so another round sends nothing.
    for (const { user } of [...due, doneByApi, doneInRace]) {
      const next = new Date(
        (await user.req('GET', '/api/reminders')).json().reminders[0].nextDueAt,
      ).getTime();
      expect(next).toBeGreaterThan(first.clock.now().getTime());
    }
    const again = await Promise.all([first, second].map((s) => createReminderScheduler(s.server.ctx).tick()));
    expect(again.reduce((sum, report) => sum + report.delivered, 0)).toBe(0);
    for (const { subscription } of due) expect(pushesFor(subscription)).toHaveLength(1);
  }, 120_000);

  it('a subscription the push service reports gone (410) is deleted', async () => {
    const { subscription, nextDueAt } = await subscribedUser('gone');
    peer.markGone(subscription.id);
    moveClocksTo(nextDueAt.getTime() + MINUTE);
    const report = await createReminderScheduler(second.server.ctx).tick();
    expect(report.removed).toBe(1);
    const left = await firstDb.db
      .select()
      .from(pushSubscriptions)
      .where(eq(pushSubscriptions.endpoint, subscription.endpoint));
    expect(left).toEqual([]);
  });

  it('a reminder the server could not send within four hours is dropped, not sent late', async () => {
    const { subscription, nextDueAt } = await subscribedUser('late');
    moveClocksTo(nextDueAt.getTime() + 5 * 60 * MINUTE);
    await createReminderScheduler(first.server.ctx).tick();
    expect(pushesFor(subscription)).toHaveLength(0);
  });

  it('a reminder row the time rules cannot read is parked and does not hold back anyone else', async () => {
    const broken = await subscribedUser('broken');
    const fine = await subscribedUser('fine');
    await firstDb.db
      .update(reminderSchedules)
      .set({ timeZone: 'Nowhere/Unknown_Zone' })
      .where(eq(reminderSchedules.userId, broken.user.userId));
    moveClocksTo(Math.max(broken.nextDueAt.getTime(), fine.nextDueAt.getTime()) + MINUTE);
    await createReminderScheduler(first.server.ctx).tick();
    expect(pushesFor(fine.subscription)).toHaveLength(1);
    expect(pushesFor(broken.subscription)).toHaveLength(0);
    const [parked] = await firstDb.db
      .select()
      .from(reminderSchedules)
      .where(eq(reminderSchedules.userId, broken.user.userId));
    expect(parked!.nextDueAt).toBeNull();
  });

  it('with reminders on, the server ticks by itself and stops when closed', async () => {
    const { subscription, nextDueAt } = await subscribedUser('timer');
    const own = await startTestServer(firstDb, {
      config: { reminders: true, reminderTickMs: 1000, pushAllowLocalHttp: true },
    });
    own.clock.advance(nextDueAt.getTime() + MINUTE - own.clock.now().getTime());
    await waitFor(() => pushesFor(subscription).length > 0, 10_000, 'the first push');
    await own.close();
    expect(pushesFor(subscription)).toHaveLength(1);
    expect(decryptPush(pushesFor(subscription)[0]!, subscription)).toBe('{"v":1}');
  });
});
