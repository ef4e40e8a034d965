import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { HearthError } from '../errors/catalogue';
import { createCookieWriter } from '../http/cookies';
import {
  envelopeSchema,
  handleSchema,
  isValidIdentity,
  opaqueMessage,
  publicIdentitySchema,
  uuidSchema,
} from '../http/schemas';
import { requireAuth } from '../sessions/auth-guard';
import { deviceCookieName } from '../sessions/session-token';
import type { Services } from '../services';
import { deleteAccount } from './account-deletion';

const wrappedKey = envelopeSchema(4096);
// Browsers allow a cookie to live at most 400 days.
const DEVICE_COOKIE_SECONDS = 400 * 86_400;

export const accountsRoutes: FastifyPluginAsyncZod<{ services: Services }> = async (app, { services }) => {
  const { accounts, sessions, me, ctx } = services;
  const cookies = createCookieWriter(ctx.config.cookieSecure);
  const deviceCookie = deviceCookieName(ctx.config.cookieSecure);
  const deviceTokenOf = (request: FastifyRequest) => request.cookies[deviceCookie];
  const userAgentOf = (request: FastifyRequest) => request.headers['user-agent'];
  const rememberDevice = (reply: FastifyReply, token: string | undefined) => {
    if (token) cookies.set(reply, { name: deviceCookie, token, maxAgeSeconds: DEVICE_COOKIE_SECONDS });
  };

  app.post(
    '/api/auth/register/start',
    {
      schema: {
        tags: ['accounts'],
        summary: 'Begin OPAQUE registration for a new handle',
        body: z
          .object({
            handle: handleSchema,
            registrationRequest: opaqueMessage,
            recoveryRegistrationRequest: opaqueMessage,
          })
          .strict(),
      },
    },
    async (request) => accounts.registerStart(request.body),
  );

  app.post(
    '/api/auth/register/finish',
    {
      schema: {
        tags: ['accounts'],
        summary: 'Store the OPAQUE records and wrapped keys; starts a session',
        body: z
          .object({
            handle: handleSchema,
            userId: uuidSchema,
            registrationRecord: opaqueMessage,
            recoveryRegistrationRecord: opaqueMessage,
            identity: publicIdentitySchema,
            keys: z
              .object({
                umkByPassword: wrappedKey,
                umkByRecovery: wrappedKey,
                identity: wrappedKey,
                pdk: wrappedKey,
              })
              .strict(),
          })
          .strict(),
      },
    },
    async (request, reply) => {
      const body = request.body;
      if (!isValidIdentity(body.identity)) throw new HearthError('HEARTH_BAD_IDENTITY');
      const { userId, sessionCookie } = await accounts.registerFinish(
        {
          handle: body.handle,
          userId: body.userId,
          opaqueRecord: body.registrationRecord,
          recoveryOpaqueRecord: body.recoveryRegistrationRecord,
          identity: body.identity,
          umkByPassword: body.keys.umkByPassword,
          umkByRecovery: body.keys.umkByRecovery,
          identityWrapped: body.keys.identity,
          pdkWrapped: body.keys.pdk,
        },
        { userAgent: userAgentOf(request) },
      );
      cookies.set(reply, sessionCookie);
      reply.status(201);
      return me.describe(userId, 'full');
    },
  );

  const loginStartBody = z
    .object({
      handle: handleSchema,
      startLoginRequest: opaqueMessage,
      credential: z.enum(['password', 'recovery']).default('password'),
    })
    .strict();
  const loginFinishBody = z.object({ loginId: uuidSchema, finishLoginRequest: opaqueMessage }).strict();

  app.post(
    '/api/auth/login/start',
    { schema: { tags: ['accounts'], summary: 'Begin OPAQUE sign-in', body: loginStartBody } },
    async (request) =>
      accounts.loginStart({
        ...request.body,
        address: request.ip,
        deviceToken: deviceTokenOf(request),
        purpose: 'login',
      }),
  );

  app.post(
    '/api/auth/login/finish',
    {
      schema: {
        tags: ['accounts'],
        summary: 'Finish OPAQUE sign-in; starts a session',
        body: loginFinishBody,
      },
    },
    async (request, reply) => {
      const { userId, credential, newDeviceToken } = await accounts.loginFinish({
        ...request.body,
        deviceToken: deviceTokenOf(request),
        purpose: 'login',
      });
      rememberDevice(reply, newDeviceToken);
      const kind = credential === 'recovery' ? 'recovery' : 'full';
      cookies.set(reply, await sessions.start({ userId, kind, userAgent: userAgentOf(request) }));
      return me.describe(userId, kind);
    },
  );

  app.post(
    '/api/auth/reauth/start',
    {
      schema: {
        tags: ['accounts'],
        summary: 'Confirm the password again before sensitive actions',
        body: z.object({ startLoginRequest: opaqueMessage }).strict(),
      },
    },
    async (request) => {
      const auth = requireAuth(request);
      return accounts.loginStart({
        handle: auth.handle,
        startLoginRequest: request.body.startLoginRequest,
        credential: 'password',
        address: request.ip,
        deviceToken: deviceTokenOf(request),
        purpose: 'reauth',
      });
    },
  );

  app.post(
    '/api/auth/reauth/finish',
    { schema: { tags: ['accounts'], body: loginFinishBody } },
    async (request, reply) => {
      const auth = requireAuth(request);
      const { userId, newDeviceToken } = await accounts.loginFinish({
        ...request.body,
        deviceToken: deviceTokenOf(request),
        purpose: 'reauth',
      });
      if (userId !== auth.userId) throw new HearthError('HEARTH_LOGIN_FAILED');
      await sessions.markReauthenticated(auth);
      rememberDevice(reply, newDeviceToken);
      reply.status(204);
    },
  );

  app.post(
    '/api/auth/logout',
    { schema: { tags: ['accounts'], summary: 'Sign out this device' } },
    async (request, reply) => {
      if (request.auth) await sessions.end(request.auth);
      cookies.clear(reply, sessions.cookieName);
      reply.header('Clear-Site-Data', '"cache", "storage"');
      reply.status(204);
    },
  );

  app.get(
    '/api/me',
    { schema: { tags: ['accounts'], summary: 'Who I am, my wrapped keys and my couple' } },
    async (request) => {
      const auth = requireAuth(request, { allowRecovery: true });
      return me.describe(auth.userId, auth.kind);
    },
  );

  app.post(
    '/api/auth/password/start',
    { schema: { tags: ['accounts'], body: z.object({ registrationRequest: opaqueMessage }).strict() } },
    async (request) => {
      const auth = requireAuth(request, { allowRecovery: true });
      return accounts.passwordStart(auth, request.body.registrationRequest);
    },
  );

  app.post(
    '/api/auth/password/finish',
    {
      schema: {
        tags: ['accounts'],
        summary: 'Set a new password (re-wrapped key included)',
        body: z
          .object({
            registrationRecord: opaqueMessage,
            umkByPassword: wrappedKey,
            signOutOthers: z.boolean(),
          })
          .strict(),
      },
    },
    async (request, reply) => {
      const auth = requireAuth(request, { allowRecovery: true });
      await accounts.passwordFinish(auth, request.body);
      reply.status(204);
    },
  );

  app.delete(
    '/api/account',
    { schema: { tags: ['accounts'], summary: 'Delete my account and everything I wrote' } },
    async (request, reply) => {
      const auth = requireAuth(request);
      await deleteAccount(ctx, auth.userId, auth.handle);
      cookies.clear(reply, sessions.cookieName);
      reply.header('Clear-Site-Data', '"cache", "storage"');
      reply.status(204);
    },
  );
};
