import { eq } from 'drizzle-orm';
import { addDays, localDate } from '@hearth/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database';
import { practiceDone, pushSubscriptions, reminderSchedules } from '../../src/db/schema';
import { databasesUnderTest } from '../support/databases';
import { dumpAllTables } from '../support/dump';
import { startLocalPushService, type LocalPushService } from '../support/local-push-service';
import { startTestServer, type TestServer } from '../support/test-server';
import { TestUser } from '../support/test-user';

const ZONE = 'Pacific/Auckland';
const baseline = {
  timeZone: ZONE,
  quietHours: { start: '22:00', end: '07:00' },
  reminders: [
    { practice: 'checkin', time: '08:30', enabled: true },
    { practice: 'gratitude', time: '21:15', enabled: false },
  ],
};
// A subscription's keys as a browser sends them: a P-256 point (65 bytes) and a 16-byte secret.
const keys = {
  p256dh: Buffer.concat([Buffer.from([4]), Buffer.alloc(64, 7)]).toString('base64url'),
  auth: Buffer.alloc(16, 1).toString('base64url'),
};

describe.each(databasesUnderTest())('reminder settings and push subscriptions on $name', (under) => {
  let database: Database;
  let server: TestServer;
  let peer: LocalPushService;

  beforeAll(async () => {
    database = await under.open();
    // Default configuration: plain-HTTP endpoints are refused, as in production.
    server = await startTestServer(database, { config: { reminders: false } });
    peer = await startLocalPushService();
  });
  afterAll(async () => {
    await server.close();
    await database.close();
    await peer.close();
  });

  const schedulesOf = (user: TestUser) =>
    database.db.select().from(reminderSchedules).where(eq(reminderSchedules.userId, user.userId));
  const doneOf = (user: TestUser) =>
    database.db.select().from(practiceDone).where(eq(practiceDone.userId, user.userId));
  const subscriptionsOf = (user: TestUser) =>
    database.db.select().from(pushSubscriptions).where(eq(pushSubscriptions.userId, user.userId));

  it('before anything is saved the settings are empty', async () => {
    const user = await TestUser.signUp(server, 'fresh');
    expect((await user.req('GET', '/api/reminders')).json()).toEqual({
      timeZone: null,
      quietHours: null,
      reminders: [],
    });
  });

  it('settings are stored as sent and each enabled reminder gets its next due time; a disabled one gets none', async () => {
    const user = await TestUser.signUp(server, 'settings');
    const saved = await user.req('PUT', '/api/reminders', baseline);
    expect(saved.statusCode, saved.body).toBe(200);
    const body = saved.json();
    expect(body).toMatchObject({ timeZone: ZONE, quietHours: baseline.quietHours });
    const checkin = body.reminders.find((r: { practice: string }) => r.practice === 'checkin');
    const gratitude = body.reminders.find((r: { practice: string }) => r.practice === 'gratitude');
    expect(gratitude.nextDueAt).toBeNull();
    const due = new Date(checkin.nextDueAt);
    expect(due.getTime()).toBeGreaterThan(server.clock.now().getTime());
    expect(due.getTime() - server.clock.now().getTime()).toBeLessThanOrEqual(25 * 3_600_000);
    expect(
      new Intl.DateTimeFormat('en-GB', { timeZone: ZONE, hour: '2-digit', minute: '2-digit' }).format(due),
    ).toBe('08:30');
    expect((await user.req('GET', '/api/reminders')).json()).toEqual(body);
  });

  it("quiet hours delay a reminder set inside them to the window's end", async () => {
    const user = await TestUser.signUp(server, 'quiet');
    const saved = await user.req('PUT', '/api/reminders', {
      timeZone: ZONE,
      quietHours: { start: '22:00', end: '07:00' },
      reminders: [{ practice: 'question', time: '23:00', enabled: true }],
    });
    const due = new Date(saved.json().reminders[0].nextDueAt);
    expect(
      new Intl.DateTimeFormat('en-GB', { timeZone: ZONE, hour: '2-digit', minute: '2-digit' }).format(due),
    ).toBe('07:00');
  });

  it("marking today's practice done moves today's reminder to a later day", async () => {
    const user = await TestUser.signUp(server, 'done');
    const saved = await user.req('PUT', '/api/reminders', {
      timeZone: 'UTC',
      quietHours: null,
      reminders: [{ practice: 'checkin', time: '23:59', enabled: true }],
    });
    const before = new Date(saved.json().reminders[0].nextDueAt);
    const today = localDate(server.clock.now(), 'UTC');
    expect(
      (await user.req('POST', '/api/practices/done', { practice: 'checkin', date: today })).statusCode,
    ).toBe(204);
    const after = new Date((await user.req('GET', '/api/reminders')).json().reminders[0].nextDueAt);
    expect(localDate(after, 'UTC') > today).toBe(true);
    expect(after.getTime()).toBeGreaterThanOrEqual(before.getTime());
    // Marking the same day twice is harmless.
    expect(
      (await user.req('POST', '/api/practices/done', { practice: 'checkin', date: today })).statusCode,
    ).toBe(204);
    expect(await doneOf(user)).toHaveLength(1);
  });

  const badSettings: Array<[string, string, Record<string, unknown>]> = [
    ['a time zone that does not exist', 'HEARTH_BAD_TIME_ZONE', { timeZone: 'Mars/Olympus_Mons' }],
    ['a numeric offset instead of a zone', 'HEARTH_BAD_TIME_ZONE', { timeZone: '+01:00' }],
    ['an empty time zone', 'HEARTH_VALIDATION', { timeZone: '' }],
    ['hour 24', 'HEARTH_VALIDATION', { reminders: [{ practice: 'checkin', time: '24:00', enabled: true }] }],
    [
      'minute 60',
      'HEARTH_VALIDATION',
      { reminders: [{ practice: 'checkin', time: '07:60', enabled: true }] },
    ],
    [
      'a one-digit hour',
      'HEARTH_VALIDATION',
      { reminders: [{ practice: 'checkin', time: '7:30', enabled: true }] },
    ],
    [
      'seconds in a time',
      'HEARTH_VALIDATION',
      { reminders: [{ practice: 'checkin', time: '07:30:00', enabled: true }] },
    ],
    ['quiet hours starting at 25:00', 'HEARTH_VALIDATION', { quietHours: { start: '25:00', end: '07:00' } }],
    ['quiet hours without an end', 'HEARTH_VALIDATION', { quietHours: { start: '22:00' } }],
    [
      'an unknown practice',
      'HEARTH_VALIDATION',
      { reminders: [{ practice: 'yoga', time: '07:30', enabled: true }] },
    ],
    [
      'the same practice twice',
      'HEARTH_VALIDATION',
      {
        reminders: [
          { practice: 'checkin', time: '07:30', enabled: true },
          { practice: 'checkin', time: '09:00', enabled: true },
        ],
      },
    ],
    [
      'enabled that is not a boolean',
      'HEARTH_VALIDATION',
      { reminders: [{ practice: 'checkin', time: '07:30', enabled: 'yes' }] },
    ],
  ];

  it.each(badSettings)(
    'reminder settings with %s are refused (400 %s) and nothing changes',
    async (_what, code, change) => {
      const user = await TestUser.signUp(server, 'bad-settings');
      const stored = (await user.req('PUT', '/api/reminders', baseline)).json();
      const rowsBefore = await schedulesOf(user);
      const response = await user.req('PUT', '/api/reminders', { ...baseline, ...change });
      expect(response.statusCode).toBe(400);
      expect(response.json().error.code).toBe(code);
      expect(response.json().error.message.length).toBeGreaterThan(10);
      expect((await user.req('GET', '/api/reminders')).json()).toEqual(stored);
      expect(await schedulesOf(user)).toEqual(rowsBefore);
    },
  );

  it.each<[string, string, (today: string) => Record<string, unknown>]>([
    [
      'a date after today where I live',
      'HEARTH_DATE_IN_FUTURE',
      (today) => ({ practice: 'checkin', date: addDays(today, 1) }),
    ],
    [
      'a date far in the future',
      'HEARTH_DATE_IN_FUTURE',
      () => ({ practice: 'checkin', date: '2999-01-01' }),
    ],
    [
      'a day that is not on the calendar',
      'HEARTH_VALIDATION',
      () => ({ practice: 'checkin', date: '2026-02-30' }),
    ],
    ['a date without leading zeros', 'HEARTH_VALIDATION', () => ({ practice: 'checkin', date: '2026-3-1' })],
    [
      'a date too old to matter for reminders',
      'HEARTH_VALIDATION',
      (today) => ({ practice: 'checkin', date: addDays(today, -3) }),
    ],
    ['an unknown practice', 'HEARTH_VALIDATION', (today) => ({ practice: 'yoga', date: today })],
  ])('marking done with %s is refused (400 %s) and nothing is stored', async (_what, code, body) => {
    const user = await TestUser.signUp(server, 'bad-done');
    await user.req('PUT', '/api/reminders', baseline);
    const response = await user.req('POST', '/api/practices/done', body(localDate(server.clock.now(), ZONE)));
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe(code);
    expect(await doneOf(user)).toEqual([]);
  });

  it.each<[string, Record<string, unknown>]>([
    ['a plain-HTTP endpoint', { endpoint: 'http://push.example.com/send/abc' }],
    ['plain HTTP to this machine while the test flag is off', { endpoint: 'http://127.0.0.1:9/push/abc' }],
    ['an endpoint that is not a URL', { endpoint: 'not a url' }],
    ['an ftp endpoint', { endpoint: 'ftp://push.example.com/abc' }],
    ['an https endpoint at a private IP address', { endpoint: 'https://10.0.0.8/push' }],
    ['an https endpoint at localhost', { endpoint: 'https://localhost/push' }],
    ['an https endpoint with a user name', { endpoint: 'https://user:pw@push.example.com/abc' }],
    ['an endpoint longer than 1000 characters', { endpoint: `https://push.example.com/${'a'.repeat(1000)}` }],
    [
      'a p256dh key of the wrong length',
      { keys: { ...keys, p256dh: Buffer.alloc(33, 4).toString('base64url') } },
    ],
    [
      'an auth secret of the wrong length',
      { keys: { ...keys, auth: Buffer.alloc(8).toString('base64url') } },
    ],
    ['no keys', { keys: undefined }],
  ])('a push subscription with %s is refused (400) and nothing is stored', async (_what, change) => {
    const user = await TestUser.signUp(server, 'bad-push');
    const response = await user.req('PUT', '/api/push/subscription', {
      endpoint: 'https://push.example.com/send/ok',
      keys,
      ...change,
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe('HEARTH_VALIDATION');
    expect(response.json().error.message).toMatch(/endpoint|keys/);
    expect(await subscriptionsOf(user)).toEqual([]);
  });

  it('one subscription per session: subscribing again replaces it, and deleting or signing out removes it', async () => {
    const user = await TestUser.signUp(server, 'subscriber');
    const put = (endpoint: string) => user.req('PUT', '/api/push/subscription', { endpoint, keys });
    expect((await put('https://push.example.com/send/one')).statusCode).toBe(204);
    expect((await put('https://push.example.com/send/two')).statusCode).toBe(204);
    expect((await subscriptionsOf(user)).map((row) => row.endpoint)).toEqual([
      'https://push.example.com/send/two',
    ]);
    expect((await user.req('DELETE', '/api/push/subscription')).statusCode).toBe(204);
    expect(await subscriptionsOf(user)).toEqual([]);

    expect((await put('https://push.example.com/send/three')).statusCode).toBe(204);
    expect((await user.req('POST', '/api/auth/logout')).statusCode).toBe(204);
    expect(await subscriptionsOf(user)).toEqual([]);
  });

  it("a browser's endpoint belongs to whoever subscribed with it last", async () => {
    const first = await TestUser.signUp(server, 'shared-device-1');
    const second = await TestUser.signUp(server, 'shared-device-2');
    const endpoint = 'https://push.example.com/send/shared-device';
    expect((await first.req('PUT', '/api/push/subscription', { endpoint, keys })).statusCode).toBe(204);
    expect((await second.req('PUT', '/api/push/subscription', { endpoint, keys })).statusCode).toBe(204);
    expect(await subscriptionsOf(first)).toEqual([]);
    expect(await subscriptionsOf(second)).toHaveLength(1);
  });

  it('the VAPID public key is the same from every request and every process (stored once)', async () => {
    const user = await TestUser.signUp(server, 'vapid');
    const one = (await user.req('GET', '/api/push/public-key')).json().publicKey;
    expect(Buffer.from(one, 'base64url')).toHaveLength(65);
    const other = await startTestServer(database, { config: { reminders: false } });
    const signedIn = new TestUser(other, user.handle, user.password);
    signedIn.cookie = user.cookie;
    expect((await signedIn.req('GET', '/api/push/public-key')).json().publicKey).toBe(one);
    await other.close();
  });

  it('deleting my account removes my reminder settings, done marks and push subscription', async () => {
    const user = await TestUser.signUp(server, 'leaving');
    await user.req('PUT', '/api/reminders', baseline);
    await user.req('POST', '/api/practices/done', {
      practice: 'checkin',
      date: localDate(server.clock.now(), ZONE),
    });
    await user.req('PUT', '/api/push/subscription', {
      endpoint: 'https://push.example.com/send/leaving',
      keys,
    });
    expect(await doneOf(user)).toHaveLength(1);
    expect((await user.req('DELETE', '/api/account')).statusCode).toBe(204);
    expect(await schedulesOf(user)).toEqual([]);
    expect(await doneOf(user)).toEqual([]);
    expect(await subscriptionsOf(user)).toEqual([]);
    expect(await dumpAllTables(database)).not.toContain(user.userId);
  });

  it('reminders and push need a session (401)', async () => {
    for (const [method, url, payload] of [
      ['GET', '/api/reminders', undefined],
      ['PUT', '/api/reminders', baseline],
      ['POST', '/api/practices/done', { practice: 'checkin', date: '2026-01-01' }],
      ['GET', '/api/push/public-key', undefined],
      ['PUT', '/api/push/subscription', { endpoint: 'https://push.example.com/send/x', keys }],
      ['DELETE', '/api/push/subscription', undefined],
    ] as const) {
      const response = await server.request({ method, url, ...(payload ? { payload } : {}) });
      expect(response.statusCode, `${method} ${url}`).toBe(401);
    }
  });

  it('plain HTTP to a local push service is allowed only with HEARTH_PUSH_ALLOW_LOCAL_HTTP', async () => {
    const user = await TestUser.signUp(server, 'local-http');
    const { endpoint, keys: localKeys } = peer.newSubscription();
    expect((await user.req('PUT', '/api/push/subscription', { endpoint, keys: localKeys })).statusCode).toBe(
      400,
    );
    const permissive = await startTestServer(database, {
      config: { reminders: false, pushAllowLocalHttp: true },
    });
    const viaPermissive = new TestUser(permissive, user.handle, user.password);
    viaPermissive.cookie = user.cookie;
    expect(
      (await viaPermissive.req('PUT', '/api/push/subscription', { endpoint, keys: localKeys })).statusCode,
    ).toBe(204);
    await permissive.close();
  });
});
