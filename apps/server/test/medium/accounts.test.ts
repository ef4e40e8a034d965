import * as opaque from '@serenity-kit/opaque';
import { deriveKekFromRecoveryKey, parseRecoveryKey, unwrapUserKeys } from '@hearth/crypto';
import { describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database';
import { databasesUnderTest } from '../support/databases';
import { dumpAllTables } from '../support/dump';
import type { TestServer } from '../support/test-server';
import { withTestServer } from '../support/suite-server';
import { TestUser } from '../support/test-user';

describe.each(databasesUnderTest())('accounts and sessions on $name', (under) => {
  let database: Database;
  let server: TestServer;

  withTestServer(under, (readyServer, readyDatabase) => {
    server = readyServer;
    database = readyDatabase;
  });

  it('signs up with OPAQUE and returns the wrapped keys, never a password', async () => {
    const user = await TestUser.signUp(server, 'alice');
    const me = await user.req('GET', '/api/me');
    expect(me.statusCode).toBe(200);
    const body = me.json();
    expect(body.user).toMatchObject({ id: user.userId, handle: user.handle, sessionKind: 'full' });
    expect(body.keys.identity).toEqual(user.identity);
    expect(body.keys.umkByPassword).toMatch(/^v1\./);
    expect(JSON.stringify(body)).not.toContain(user.password);
  });

  it('refuses a handle that is already taken with 409', async () => {
    const user = await TestUser.signUp(server, 'taken');
    const again = new TestUser(server, user.handle, 'another password');
    await expect(again.register()).rejects.toThrow(/409/);
  });

  it('signs in on a second device with the password and sees the same keys', async () => {
    const user = await TestUser.signUp(server, 'second');
    const device = new TestUser(server, user.handle, user.password);
    const response = await device.signIn();
    expect(response?.statusCode).toBe(200);
    expect(response!.json().keys.pdk).toBe((await user.req('GET', '/api/me')).json().keys.pdk);
  });

  it('answers an unknown handle and a known one with the same shape (no enumeration)', async () => {
    await opaque.ready;
    const known = await TestUser.signUp(server, 'known');
    const shapes: string[][] = [];
    for (const handle of [known.handle, TestUser.uniqueHandle('nobody')]) {
      const login = opaque.client.startLogin({ password: 'a wrong password' });
      const response = await server.request({
        method: 'POST',
        url: '/api/auth/login/start',
        payload: { handle, startLoginRequest: login.startLoginRequest },
      });
      expect(response.statusCode).toBe(200);
      const body = response.json();
      shapes.push(Object.keys(body).sort());
      expect(body.loginResponse.length).toBeGreaterThan(100);
      // The client cannot finish either: a wrong password and an unknown user look the same.
      expect(
        opaque.client.finishLogin({
          password: 'a wrong password',
          loginResponse: body.loginResponse,
          clientLoginState: login.clientLoginState,
        }),
      ).toBeUndefined();
    }
    expect(shapes[0]).toEqual(shapes[1]);
  });

  it('rejects a forged finish message with 401 and one message for every failure', async () => {
    const user = await TestUser.signUp(server, 'forged');
    const login = opaque.client.startLogin({ password: user.password });
    const start = await server.request({
      method: 'POST',
      url: '/api/auth/login/start',
      payload: { handle: user.handle, startLoginRequest: login.startLoginRequest },
    });
    const response = await server.request({
      method: 'POST',
      url: '/api/auth/login/finish',
      payload: { loginId: start.json().loginId, finishLoginRequest: 'A'.repeat(171) },
    });
    expect(response.statusCode).toBe(401);
    expect(response.json().error.code).toBe('HEARTH_LOGIN_FAILED');
  });

  it('an old cookie after sign-out answers 401', async () => {
    const user = await TestUser.signUp(server, 'signout');
    const cookie = user.cookie;
    const out = await user.req('POST', '/api/auth/logout');
    expect(out.statusCode).toBe(204);
    expect(out.headers['clear-site-data']).toContain('storage');
    const again = await server.request({ method: 'GET', url: '/api/me', cookie });
    expect(again.statusCode).toBe(401);
    expect(again.json().error.code).toBe('HEARTH_UNAUTHENTICATED');
  });

  it.each(['__Host-hearth_session', '__Host-hearth_device'])(
    'sets the %s cookie HttpOnly, Secure, SameSite=Strict with the __Host- prefix',
    async (name) => {
      const user = new TestUser(server, TestUser.uniqueHandle('cookie'), 'pw pw pw pw');
      await user.register();
      const response = await user.signIn();
      const all = [response!.headers['set-cookie']].flat().map(String);
      const setCookie = all.find((cookie) => cookie.startsWith(`${name}=`));
      expect(setCookie).toBeDefined();
      expect(setCookie).toMatch(/HttpOnly/);
      expect(setCookie).toMatch(/Secure/);
      expect(setCookie).toMatch(/SameSite=Strict/);
      expect(setCookie).toMatch(/Path=\//);
    },
  );

  it('lists my sessions and signs one out remotely', async () => {
    const user = await TestUser.signUp(server, 'sessions');
    const phone = new TestUser(server, user.handle, user.password);
    await phone.signIn();
    const list = (await user.req('GET', '/api/sessions')).json().sessions as Array<{
      id: string;
      current: boolean;
      device: string;
    }>;
    expect(list).toHaveLength(2);
    expect(list.filter((s) => s.current)).toHaveLength(1);
    expect(list[0]!.device).toBe('Chrome on Linux');
    const other = list.find((s) => !s.current)!;
    expect((await user.req('DELETE', `/api/sessions/${other.id}`)).statusCode).toBe(204);
    expect((await phone.req('GET', '/api/me')).statusCode).toBe(401);
    const stranger = await TestUser.signUp(server, 'stranger');
    const mine = (await user.req('GET', '/api/sessions')).json().sessions[0].id;
    expect((await stranger.req('DELETE', `/api/sessions/${mine}`)).statusCode).toBe(404);
  });

  it('a password change with "sign out everywhere else" signs the other devices out and keeps the recovery key working', async () => {
    const user = await TestUser.signUp(server, 'pwchange');
    const laptop = new TestUser(server, user.handle, user.password);
    await laptop.signIn();
    const registration = opaque.client.startRegistration({ password: 'a brand new password' });
    const start = await user.req('POST', '/api/auth/password/start', {
      registrationRequest: registration.registrationRequest,
    });
    const done = opaque.client.finishRegistration({
      password: 'a brand new password',
      registrationResponse: start.json().registrationResponse,
      clientRegistrationState: registration.clientRegistrationState,
    });
    const me = (await user.req('GET', '/api/me')).json();
    const finish = await user.req('POST', '/api/auth/password/finish', {
      registrationRecord: done.registrationRecord,
      umkByPassword: me.keys.umkByPassword,
      signOutOthers: true,
    });
    expect(finish.statusCode).toBe(204);
    expect((await laptop.req('GET', '/api/me')).statusCode).toBe(401);
    expect((await user.req('GET', '/api/me')).statusCode).toBe(200);
    const fresh = new TestUser(server, user.handle, 'a brand new password');
    expect((await fresh.signIn())?.statusCode).toBe(200);
    expect(await new TestUser(server, user.handle, user.password).signIn()).toBeUndefined();

    // The recovery key is a separate credential: it still signs in and still opens the keys.
    const recovery = new TestUser(server, user.handle, user.recoveryDisplay);
    const recovered = await recovery.signIn(user.recoveryDisplay, 'recovery');
    expect(recovered?.statusCode).toBe(200);
    const keys = recovered!.json().keys;
    const opened = unwrapUserKeys(
      user.userId,
      { umk: keys.umkByRecovery, via: 'recovery', identity: keys.identityWrapped, pdk: keys.pdk },
      deriveKekFromRecoveryKey(parseRecoveryKey(user.recoveryDisplay)),
    );
    expect(Buffer.from(opened.umk).equals(Buffer.from(user.keys.umk))).toBe(true);
  });

  it('a recovery-key sign-in may only set a new password, then signs every other device out', async () => {
    const user = await TestUser.signUp(server, 'recover');
    const lost = new TestUser(server, user.handle, user.recoveryDisplay);
    const response = await lost.signIn(user.recoveryDisplay, 'recovery');
    expect(response?.statusCode).toBe(200);
    expect(response!.json().user.sessionKind).toBe('recovery');
    expect((await lost.req('GET', '/api/couple')).json().error.code).toBe('HEARTH_RECOVERY_SESSION');
    const registration = opaque.client.startRegistration({ password: 'recovered password' });
    const start = await lost.req('POST', '/api/auth/password/start', {
      registrationRequest: registration.registrationRequest,
    });
    const done = opaque.client.finishRegistration({
      password: 'recovered password',
      registrationResponse: start.json().registrationResponse,
      clientRegistrationState: registration.clientRegistrationState,
    });
    const me = response!.json();
    await lost.req('POST', '/api/auth/password/finish', {
      registrationRecord: done.registrationRecord,
      umkByPassword: me.keys.umkByPassword,
      signOutOthers: false,
    });
    expect((await user.req('GET', '/api/me')).statusCode).toBe(401);
    expect((await lost.req('GET', '/api/couple')).statusCode).toBe(200);
  });

  it('brute force answers 429 with a growing delay, yet the real person can still sign in', async () => {
    const victim = await TestUser.signUp(server, 'victim');
    const attackerAddress = '203.0.113.9';
    const retryAfters: number[] = [];
    for (let i = 0; i < 14; i += 1) {
      const login = opaque.client.startLogin({ password: `guess ${i}` });
      const response = await server.app.inject({
        method: 'POST',
        url: '/api/auth/login/start',
        remoteAddress: attackerAddress,
        headers: { host: 'hearth.test', origin: 'http://hearth.test' },
        payload: { handle: victim.handle, startLoginRequest: login.startLoginRequest },
      });
      if (response.statusCode === 429) {
        expect(response.json().error.code).toBe('HEARTH_RATE_LIMITED');
        retryAfters.push(Number(response.headers['retry-after']));
        server.clock.advance(Number(response.headers['retry-after']) * 1000);
      }
    }
    expect(retryAfters.length).toBeGreaterThanOrEqual(3);
    expect(retryAfters[retryAfters.length - 1]).toBeGreaterThan(retryAfters[0]!);
    // The real person, on their own device, is not slowed by the attacker's guesses.
    const real = new TestUser(server, victim.handle, victim.password);
    expect((await real.signIn())?.statusCode).toBe(200);
  });

  it('account deletion needs a fresh password check and leaves no row referencing the person', async () => {
    const user = await TestUser.signUp(server, 'deleteme');
    await user.writeRecord('user', { type: 'note', text: 'bye' });
    server.clock.advance(6 * 60_000);
    const refused = await user.req('DELETE', '/api/account');
    expect(refused.json().error.code).toBe('HEARTH_REAUTH_REQUIRED');
    expect(await user.reauth()).toBe(204);
    expect((await user.req('DELETE', '/api/account')).statusCode).toBe(204);
    const dump = await dumpAllTables(database);
    expect(dump).not.toContain(user.userId);
    expect(dump).not.toContain(user.handle);
  });
});
