import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database';
import { databasesUnderTest } from '../support/databases';
import { startTestServer, TEST_HOST, type TestServer } from '../support/test-server';
import { TestUser } from '../support/test-user';

/** Every route the API has, with a sample path for parameterised ones. */
const routes: Array<{ method: 'GET' | 'POST' | 'PUT' | 'DELETE'; url: string }> = [
  { method: 'POST', url: '/api/auth/register/start' },
  { method: 'POST', url: '/api/auth/register/finish' },
  { method: 'POST', url: '/api/auth/login/start' },
  { method: 'POST', url: '/api/auth/login/finish' },
  { method: 'POST', url: '/api/auth/reauth/start' },
  { method: 'POST', url: '/api/auth/reauth/finish' },
  { method: 'POST', url: '/api/auth/logout' },
  { method: 'POST', url: '/api/auth/password/start' },
  { method: 'POST', url: '/api/auth/password/finish' },
  { method: 'GET', url: '/api/me' },
  { method: 'DELETE', url: '/api/account' },
  { method: 'GET', url: '/api/sessions' },
  { method: 'DELETE', url: '/api/sessions/00000000-0000-4000-8000-000000000000' },
  { method: 'POST', url: '/api/couples' },
  { method: 'GET', url: '/api/couple' },
  { method: 'POST', url: '/api/couple/confirm' },
  { method: 'POST', url: '/api/couple/unlink' },
  { method: 'PUT', url: '/api/keys/couple' },
  { method: 'POST', url: '/api/invites' },
  { method: 'GET', url: '/api/invites' },
  { method: 'GET', url: '/api/invites/AAAAAAAAAAAAAAAAAAAAAA' },
  { method: 'DELETE', url: '/api/invites/AAAAAAAAAAAAAAAAAAAAAA' },
  { method: 'POST', url: '/api/invites/AAAAAAAAAAAAAAAAAAAAAA/accept' },
  { method: 'PUT', url: '/api/records/00000000-0000-4000-8000-000000000000' },
  { method: 'DELETE', url: '/api/records/00000000-0000-4000-8000-000000000000?version=2' },
  { method: 'GET', url: '/api/sync?cursor=0' },
  { method: 'PUT', url: '/api/reveals/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA' },
  { method: 'GET', url: '/api/reveals/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA' },
  { method: 'GET', url: '/api/reveals?tags=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA' },
  { method: 'GET', url: '/api/reminders' },
  { method: 'PUT', url: '/api/reminders' },
  { method: 'POST', url: '/api/practices/done' },
  { method: 'GET', url: '/api/push/public-key' },
  { method: 'PUT', url: '/api/push/subscription' },
  { method: 'DELETE', url: '/api/push/subscription' },
  { method: 'GET', url: '/api/health' },
  { method: 'GET', url: '/api/ready' },
];

describe.each(databasesUnderTest())('web surface on $name', (under) => {
  let database: Database;
  let server: TestServer;
  let user: TestUser;

  beforeAll(async () => {
    database = await under.open();
    server = await startTestServer(database);
    user = await TestUser.signUp(server, 'surface');
  });
  afterAll(async () => {
    await server.close();
    await database.close();
  });

  it.each(routes.filter((r) => r.method !== 'GET'))(
    'a foreign Origin on $method $url is refused with 403',
    async (route) => {
      const response = await server.request({
        ...route,
        cookie: user.cookie,
        headers: { origin: 'https://evil.example' },
        payload: {},
      });
      expect(response.statusCode).toBe(403);
      expect(response.json().error.code).toBe('HEARTH_BAD_ORIGIN');
    },
  );

  it('a state-changing request without any Origin is refused with 403', async () => {
    const response = await server.app.inject({
      method: 'POST',
      url: '/api/couples',
      headers: { host: TEST_HOST, cookie: user.cookie },
    });
    expect(response.statusCode).toBe(403);
  });

  it.each(routes)('security headers are present on $method $url', async (route) => {
    const response = await server.request({ ...route, cookie: user.cookie });
    expect(response.headers['content-security-policy']).toContain("default-src 'self'");
    expect(response.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['referrer-policy']).toBe('no-referrer');
    expect(response.headers['strict-transport-security']).toContain('max-age=');
    expect(response.headers['cache-control']).toBe('no-store');
  });

  it('unknown paths answer a 404 in the error shape', async () => {
    const response = await server.request({ method: 'GET', url: '/api/nothing-here' });
    expect(response.statusCode).toBe(404);
    expect(response.json().error.code).toBe('HEARTH_NOT_FOUND');
  });

  it('an oversized body is refused with 413 before parsing', async () => {
    const response = await server.request({
      method: 'PUT',
      url: '/api/records/00000000-0000-4000-8000-000000000000',
      cookie: user.cookie,
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify({ body: 'x'.repeat(300 * 1024) }),
    });
    expect(response.statusCode).toBe(413);
    expect(response.json().error.code).toBe('HEARTH_PAYLOAD_TOO_LARGE');
  });

  it('malformed JSON answers 400 with a readable message', async () => {
    const response = await server.request({
      method: 'PUT',
      url: '/api/keys/couple',
      cookie: user.cookie,
      headers: { 'content-type': 'application/json' },
      payload: '{"not json',
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe('HEARTH_BAD_JSON');
  });

  it('a validation failure names the field that is wrong', async () => {
    const response = await server.request({
      method: 'POST',
      url: '/api/auth/login/start',
      payload: { handle: 'NO SPACES ALLOWED', startLoginRequest: 'x' },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe('HEARTH_VALIDATION');
    expect(response.json().error.message).toMatch(/handle/);
  });

  it('fuzzing every route with arbitrary bodies, queries and content types never yields a 5xx', async () => {
    const bodyArb = fc.oneof(
      fc.json(),
      fc.string({ maxLength: 2000 }),
      fc.object({ maxDepth: 3 }).map((value) => JSON.stringify(value)),
      fc
        .record({
          scope: fc.oneof(fc.constant('user'), fc.constant('couple'), fc.string()),
          version: fc.oneof(fc.integer(), fc.double(), fc.string()),
          keyEpoch: fc.oneof(fc.integer(), fc.constant(-1)),
          wrappedDek: fc.oneof(fc.string(), fc.constant('v1.pdk.AAAA.AAAA')),
          body: fc.string(),
          handle: fc.string(),
          startLoginRequest: fc.string(),
          loginId: fc.oneof(fc.uuid(), fc.string()),
          finishLoginRequest: fc.base64String(),
          timeZone: fc.oneof(fc.constant('Europe/Berlin'), fc.string({ maxLength: 70 })),
          quietHours: fc.oneof(
            fc.constant(null),
            fc.record({ start: fc.string(), end: fc.constant('07:00') }),
          ),
          reminders: fc.array(
            fc.record({
              practice: fc.constantFrom('checkin', 'yoga'),
              time: fc.oneof(fc.constant('08:00'), fc.string()),
              enabled: fc.boolean(),
            }),
            { maxLength: 4 },
          ),
          practice: fc.constantFrom('checkin', 'gratitude', 'question', 'x'),
          date: fc.oneof(fc.constant('2026-01-01'), fc.string({ maxLength: 12 })),
          endpoint: fc.oneof(fc.webUrl(), fc.string()),
          keys: fc.record({ p256dh: fc.base64String(), auth: fc.base64String() }),
        })
        .map((value) => JSON.stringify(value)),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...routes),
        bodyArb,
        fc.constantFrom(
          'application/json',
          'text/plain',
          'application/x-www-form-urlencoded',
          'application/json; charset=utf-8',
        ),
        fc.boolean(),
        fc.string({ maxLength: 40 }),
        async (route, body, contentType, signedIn, querySuffix) => {
          const response = await server.request({
            method: route.method,
            url: `${route.url}${route.url.includes('?') ? '&' : '?'}q=${encodeURIComponent(querySuffix)}`,
            cookie: signedIn ? user.cookie : undefined,
            headers: { 'content-type': contentType },
            ...(route.method === 'GET' ? {} : { payload: body }),
          });
          expect(
            response.statusCode,
            `${route.method} ${route.url} answered ${response.statusCode}: ${response.body}`,
          ).toBeLessThan(500);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('fuzzing path parameters never yields a 5xx', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('/api/records/', '/api/invites/', '/api/sessions/', '/api/reveals/'),
        fc.string({ maxLength: 80 }),
        fc.constantFrom('GET', 'PUT', 'DELETE', 'POST'),
        async (prefix, param, method) => {
          const response = await server.request({
            method: method as 'GET',
            url: prefix + encodeURIComponent(param),
            cookie: user.cookie,
            ...(method === 'GET' ? {} : { payload: {} }),
          });
          expect(response.statusCode).toBeLessThan(500);
        },
      ),
      { numRuns: 200 },
    );
  });
});
