import type { FastifyPluginAsync } from 'fastify';
import { errorBody } from '../errors/catalogue';
import type { Services } from '../services';

export const healthRoutes: FastifyPluginAsync<{ services: Services }> = async (app, { services }) => {
  app.get('/api/health', { schema: { tags: ['health'], summary: 'The process is alive' } }, async () => ({
    status: 'ok',
  }));

  app.get(
    '/api/ready',
    { schema: { tags: ['health'], summary: 'The database answers' } },
    async (_request, reply) => {
      try {
        await services.ctx.database.ping();
        return { status: 'ready' };
      } catch {
        return reply.status(503).send(errorBody('HEARTH_NOT_READY'));
      }
    },
  );
};
