import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { envelopeSchema, uuidSchema } from '../http/schemas';
import { requireAuth } from '../sessions/auth-guard';
import type { Services } from '../services';

const inviteIdSchema = z.string().regex(/^[A-Za-z0-9_-]{22}$/, 'must be an invitation id');
const macSchema = z.string().regex(/^[A-Za-z0-9_-]{43}$/, 'must be a 32-byte base64url MAC');
const b64url32 = (what: string) =>
  z.string().regex(/^[A-Za-z0-9_-]{43}$/, `must be a 32-byte base64url ${what}`);

export const couplesRoutes: FastifyPluginAsyncZod<{ services: Services }> = async (app, { services }) => {
  const { couples } = services;

  app.post(
    '/api/couples',
    { schema: { tags: ['couples'], summary: 'Start a couple (before inviting)' } },
    async (request, reply) => {
      const auth = requireAuth(request);
      reply.status(201);
      return { couple: await couples.create(auth.userId) };
    },
  );

  app.get('/api/couple', { schema: { tags: ['couples'], summary: 'My current couple' } }, async (request) => {
    const auth = requireAuth(request);
    return { couple: await couples.current(auth.userId) };
  });

  app.post(
    '/api/couple/confirm',
    { schema: { tags: ['couples'], summary: 'Inviter confirms the partner' } },
    async (request) => {
      const auth = requireAuth(request);
      return { couple: await couples.confirm(auth.userId) };
    },
  );

  app.post(
    '/api/couple/unlink',
    { schema: { tags: ['couples'], summary: 'Leave the couple (unilateral)' } },
    async (request) => {
      const auth = requireAuth(request);
      await couples.unlink(auth.userId);
      return { couple: null };
    },
  );

  app.put(
    '/api/keys/couple',
    {
      schema: {
        tags: ['couples'],
        summary: 'Store my wrap of the couple key',
        body: z
          .object({
            coupleId: uuidSchema,
            epoch: z.number().int().min(0).max(1_000_000),
            wrapped: envelopeSchema(4096),
          })
          .strict(),
      },
    },
    async (request, reply) => {
      const auth = requireAuth(request);
      await couples.putCoupleKey(auth.userId, request.body);
      reply.status(204);
    },
  );

  app.post(
    '/api/invites',
    {
      schema: {
        tags: ['invites'],
        summary: 'Publish an invitation bundle (sealed with the link secret)',
        body: z
          .object({
            inviteId: inviteIdSchema,
            coupleId: uuidSchema,
            bundle: envelopeSchema(16_384),
            inviterSecret: envelopeSchema(4096),
            acceptVerifier: b64url32('SHA-256 of the accept token'),
            expiresInHours: z.number().int().min(1).max(72).default(72),
          })
          .strict(),
      },
    },
    async (request, reply) => {
      const auth = requireAuth(request);
      reply.status(201);
      return { invite: await couples.createInvite(auth.userId, request.body) };
    },
  );

  app.get(
    '/api/invites',
    { schema: { tags: ['invites'], summary: 'My active invitations' } },
    async (request) => {
      const auth = requireAuth(request);
      return { invites: await couples.listInvites(auth.userId) };
    },
  );

  app.delete(
    '/api/invites/:inviteId',
    {
      schema: {
        tags: ['invites'],
        summary: 'Revoke an invitation',
        params: z.object({ inviteId: inviteIdSchema }),
      },
    },
    async (request, reply) => {
      const auth = requireAuth(request);
      await couples.revokeInvite(auth.userId, request.params.inviteId);
      reply.status(204);
    },
  );

  app.get(
    '/api/invites/:inviteId',
    {
      schema: {
        tags: ['invites'],
        summary: 'Fetch an invitation bundle',
        params: z.object({ inviteId: inviteIdSchema }),
      },
    },
    async (request) => {
      requireAuth(request);
      return couples.getInvite(request.params.inviteId);
    },
  );

  app.post(
    '/api/invites/:inviteId/accept',
    {
      schema: {
        tags: ['invites'],
        summary: 'Join the couple (single use, atomic)',
        params: z.object({ inviteId: inviteIdSchema }),
        body: z
          .object({ acceptToken: b64url32('accept token'), mac: macSchema, joinerNote: envelopeSchema(4096) })
          .strict(),
      },
    },
    async (request) => {
      const auth = requireAuth(request);
      return { couple: await couples.acceptInvite(auth.userId, request.params.inviteId, request.body) };
    },
  );
};
