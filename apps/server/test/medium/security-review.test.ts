import { connect } from 'node:net';
import * as opaque from '@serenity-kit/opaque';
import { describe, expect, it } from 'vitest';
import { routeKey, routeSensitivity } from '../../src/http/route-sensitivity';
import { databasesUnderTest } from '../support/databases';
import { withTestServer } from '../support/suite-server';
import type { TestServer } from '../support/test-server';
import { TestUser } from '../support/test-user';

// Regression tests for the security review (issue #21); each title names the rule it proves.

const REAUTH_WINDOW_PASSED_MS = 6 * 60_000;

describe.each(databasesUnderTest())('security review on $name', (under) => {
  let server: TestServer;
  let proxied: TestServer;
  const logs: string[] = [];

  withTestServer(
    under,
    (ready) => {
      server = ready;
    },
    { logs },
  );

  describe('behind a proxy', () => {
    withTestServer(
      under,
      (ready) => {
        proxied = ready;
      },
      { config: { trustProxy: true } },
    );

    it('sign-in throttle holds behind a proxy and never locks out a shared address', async () => {
      const victim = await TestUser.signUp(proxied, 'victim');
      const homeAddress = { 'x-forwarded-for': '192.0.2.44' };
      const ownDevice = new TestUser(proxied, victim.handle, victim.password);
      ownDevice.headers = homeAddress;
      expect((await ownDevice.signIn())?.statusCode).toBe(200);
      const statuses: number[] = [];
      for (let n = 1; n <= 40; n++) {
        // What nginx's $proxy_add_x_forwarded_for sends when the client writes its own header.
        const forwarded = { 'x-forwarded-for': `198.51.100.${n}, 127.0.0.1` };
        const response = await proxied.request({
          method: 'POST',
          url: '/api/auth/login/start',
          remoteAddress: '127.0.0.1',
          headers: forwarded,
          payload: { handle: victim.handle, startLoginRequest: 'AAAA'.repeat(24) },
        });
        statuses.push(response.statusCode);
      }
      expect(statuses.filter((s) => s === 429).length).toBeGreaterThan(20);

      // Guesses on the victim's handle slow a new browser down, never a device the victim signed
      // in on before.
      for (let n = 1; n <= 30; n++) {
        // A guesser who really does come from many addresses.
        await proxied.request({
          method: 'POST',
          url: '/api/auth/login/start',
          remoteAddress: '127.0.0.1',
          headers: { 'x-forwarded-for': `203.0.113.${n}` },
          payload: { handle: victim.handle, startLoginRequest: 'AAAA'.repeat(24) },
        });
      }
      const newBrowser = new TestUser(proxied, victim.handle, victim.password);
      newBrowser.headers = homeAddress;
      expect((await newBrowser.signIn())?.statusCode).toBe(429);
      expect((await ownDevice.signIn())?.statusCode).toBe(200);

      // Guesses on many accounts from one shared address do not keep another person out.
      const neighbour = await TestUser.signUp(proxied, 'neighbour');
      for (let i = 0; i < 24; i++) {
        const stranger = new TestUser(proxied, TestUser.uniqueHandle('nobody'), 'wrong');
        await stranger.signIn();
      }
      const fresh = new TestUser(proxied, neighbour.handle, neighbour.password);
      const signedIn = await fresh.signIn();
      expect(signedIn?.statusCode).toBe(200);
    });
  });

  describe('with a short request timeout', () => {
    let impatient: TestServer;
    withTestServer(
      under,
      (ready) => {
        impatient = ready;
      },
      { config: { requestTimeoutMs: 1_000 } },
    );

    it('a request that stalls half-way through its body is cut off', async () => {
      await impatient.app.listen({ host: '127.0.0.1', port: 0 });
      const { port } = impatient.app.server.address() as { port: number };
      const socket = connect(port, '127.0.0.1');
      const answer: string[] = [];
      socket.on('data', (chunk) => answer.push(chunk.toString()));
      const closed = new Promise<void>((resolve) => socket.on('close', () => resolve()));
      socket.write(
        'POST /api/auth/login/start HTTP/1.1\r\nHost: hearth.test\r\nOrigin: http://hearth.test\r\n' +
          'Content-Type: application/json\r\nContent-Length: 200\r\n\r\n{"handle":',
      );
      const deadline = new Promise<'held'>((resolve) => setTimeout(() => resolve('held'), 10_000).unref());
      expect(await Promise.race([closed.then(() => 'closed' as const), deadline])).toBe('closed');
      expect(answer.join('')).toMatch(/^HTTP\/1\.1 408/);
    });
  });

  it('sensitive actions require recent re-authentication', async () => {
    const sensitive = Object.entries(routeSensitivity)
      .filter(([, level]) => level === 'recent-reauth')
      .map(([key]) => key);
    expect(sensitive.length).toBeGreaterThan(0);
    const doc = (await server.request({ method: 'GET', url: '/api/docs/json' })).json() as {
      paths: Record<string, Record<string, unknown>>;
    };
    const documented = new Set<string>();
    for (const [path, methods] of Object.entries(doc.paths)) {
      for (const method of Object.keys(methods)) {
        documented.add(routeKey(method.toUpperCase(), path.replace(/\{(\w+)\}/g, ':$1')));
      }
    }
    // Every state-changing route made a choice, and every listed route exists.
    for (const key of documented) {
      if (/^(POST|PUT|PATCH|DELETE) /.test(key)) expect(routeSensitivity[key], key).toBeDefined();
    }
    for (const key of sensitive) expect(documented.has(key), key).toBe(true);

    const user = await TestUser.signUp(server, 'stale');
    server.clock.advance(REAUTH_WINDOW_PASSED_MS);
    for (const key of sensitive) {
      const [method, path] = key.split(' ') as [string, string];
      const response = await user.req(
        method,
        path.replace(/:\w+/g, '00000000-0000-4000-8000-000000000000'),
        method === 'POST' || method === 'PUT' ? {} : undefined,
      );
      expect(response.statusCode, key).toBe(403);
      expect(response.json().error.code, key).toBe('HEARTH_REAUTH_REQUIRED');
    }
    expect(await user.reauth()).toBe(204);
    const mine = await user.req('GET', '/api/reveals/mine');
    expect(mine.statusCode).toBe(200);
  });

  it('an invite cannot be accepted without its link secret', async () => {
    const inviter = await TestUser.signUp(server, 'inviter');
    const intruder = await TestUser.signUp(server, 'intruder');
    const partner = await TestUser.signUp(server, 'partner');
    const { secret, inviteId } = await inviter.invite();
    const forged = await intruder.req('POST', `/api/invites/${inviteId}/accept`, {
      acceptToken: 'A'.repeat(43),
      mac: 'A'.repeat(43),
      joinerNote: (await inviter.req('GET', '/api/couple')).json().couple ? 'v1.x.AAAA.AAAA' : '',
    });
    expect([400, 403]).toContain(forged.statusCode);
    expect((await partner.accept(secret)).statusCode).toBe(200);
    // No shared writes before the inviter confirms who joined.
    const early = await partner.writeRecord('couple', { type: 'note', text: 'hello' });
    expect(early.response.statusCode).toBe(409);
    expect(early.response.json().error.code).toBe('HEARTH_AWAITING_CONFIRMATION');
    expect((await inviter.req('POST', '/api/couple/confirm')).statusCode).toBe(200);
    const later = await partner.writeRecord('couple', { type: 'note', text: 'hello' });
    expect(later.response.statusCode).toBe(200);
    // Invite ids are capabilities: the request log names the route pattern only.
    expect(logs.join('\n')).not.toContain(inviteId);
  });

  it('a page cursor of the right shape but an impossible value answers 400, never 500', async () => {
    const user = await TestUser.signUp(server, 'cursor');
    const tag = 'A'.repeat(43);
    for (const after of [
      `2024-01-01T00:00:00.000Z~ffffffffffffffffffffffffffffffffffff~${tag}`,
      `2024-01-01T00:00:00.000Z~------------------------------------~${tag}`,
      `9999-99-99T99:99:99.999Z~00000000-0000-4000-8000-000000000000~${tag}`,
      `0000-00-00T00:00:00.000Z~00000000-0000-4000-8000-000000000000~${tag}`,
    ]) {
      const response = await user.req('GET', `/api/reveals/mine?after=${encodeURIComponent(after)}`);
      expect(response.statusCode, after).toBe(400);
    }
  });

  it('a route without a body refuses one', async () => {
    const user = await TestUser.signUp(server, 'nobody');
    const response = await user.req('POST', '/api/auth/logout', { anything: true });
    expect(response.statusCode).toBe(400);
  });

  it("the API docs are served under the app's own content security policy", async () => {
    const appPolicy = (await server.request({ method: 'GET', url: '/api/health' })).headers[
      'content-security-policy'
    ];
    expect(appPolicy).toContain("style-src 'self'");
    for (const url of ['/api/docs', '/api/docs/json', '/api/docs/static/swagger-initializer.js']) {
      const response = await server.request({ method: 'GET', url });
      expect(response.statusCode, url).toBe(200);
      expect(response.headers['content-security-policy'], url).toBe(appPolicy);
      expect(response.body, url).not.toContain('validator.swagger.io');
    }
  });

  it('each registration attempt for a handle gets its own user id', async () => {
    await opaque.ready;
    const handle = TestUser.uniqueHandle('twice');
    const start = async () => {
      const password = opaque.client.startRegistration({ password: 'one password or another' });
      const recovery = opaque.client.startRegistration({ password: 'a recovery key stand-in' });
      const response = await server.request({
        method: 'POST',
        url: '/api/auth/register/start',
        payload: {
          handle,
          registrationRequest: password.registrationRequest,
          recoveryRegistrationRequest: recovery.registrationRequest,
        },
      });
      expect(response.statusCode).toBe(200);
      return (response.json() as { userId: string }).userId;
    };
    const first = await start();
    const second = await start();
    expect(second).not.toBe(first);
  });
});
