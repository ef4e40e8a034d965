import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireAuth } from '../sessions/auth-guard';
import type { Services } from '../services';

/** base64url (padding tolerated) that decodes to exactly `bytes` bytes. */
const base64UrlBytes = (bytes: number, what: string) =>
  z
    .string()
    .max(200)
    .regex(/^[A-Za-z0-9_-]+={0,2}$/, 'must be base64url')
    .refine((value) => Buffer.from(value, 'base64url').length === bytes, `must be ${what}`);

export const pushRoutes: FastifyPluginAsyncZod<{ services: Services }> = async (app, { services }) => {
  const { push } = services;

  app.get(
    '/api/push/public-key',
    { schema: { tags: ['reminders'], summary: "This server's VAPID public key, for PushManager.subscribe" } },
    async (request) => {
      requireAuth(request);
      return { publicKey: await push.publicKey() };
    },
  );

  app.put(
    '/api/push/subscription',
    {
      schema: {
        tags: ['reminders'],
        summary: "Store this session's push subscription (replaces the previous one)",
        body: z.object({
          endpoint: z.string().max(1000, 'is too long'),
          keys: z.object({
            // An uncompressed P-256 public key (65 bytes) and a 16-byte authentication secret.
            p256dh: base64UrlBytes(65, 'a P-256 public key').refine(
              (value) => Buffer.from(value, 'base64url')[0] === 4,
              'must be an uncompressed P-256 public key',
            ),
            auth: base64UrlBytes(16, 'a 16-byte secret'),
          }),
        }),
      },
    },
    async (request, reply) => {
      const auth = requireAuth(request);
      await push.subscribe(auth, request.body);
      reply.status(204);
    },
  );

  app.delete(
    '/api/push/subscription',
    { schema: { tags: ['reminders'], summary: "Remove this session's push subscription" } },
    async (request, reply) => {
      const auth = requireAuth(request);
      await push.unsubscribe(auth);
      reply.status(204);
    },
  );
};
