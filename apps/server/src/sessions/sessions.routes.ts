import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { uuidSchema } from '../http/schemas';
import type { Services } from '../services';
import { requireAuth } from './auth-guard';

export const sessionsRoutes: FastifyPluginAsyncZod<{ services: Services }> = async (app, { services }) => {
  app.get(
    '/api/sessions',
    { schema: { tags: ['sessions'], summary: 'My signed-in devices' } },
    async (request) => {
      const auth = requireAuth(request);
      return { sessions: await services.sessions.list(auth) };
    },
  );

  app.delete(
    '/api/sessions/:id',
    { schema: { tags: ['sessions'], summary: 'Sign a device out', params: z.object({ id: uuidSchema }) } },
    async (request, reply) => {
      const auth = requireAuth(request);
      await services.sessions.revoke(auth, request.params.id);
      reply.status(204);
    },
  );
};
