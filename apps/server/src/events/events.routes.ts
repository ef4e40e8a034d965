import type { FastifyPluginAsync } from 'fastify';
import { requireAuth } from '../sessions/auth-guard';
import type { Services } from '../services';

const HEARTBEAT_MS = 25_000;

/** Server-Sent Events: tells a signed-in person's devices that something changed, never what. */
export const eventsRoutes: FastifyPluginAsync<{ services: Services }> = async (app, { services }) => {
  const openStreams = new Set<() => void>();
  // Graceful shutdown ends open streams so the server can close; browsers reconnect elsewhere.
  app.addHook('onClose', async () => {
    for (const end of [...openStreams]) end();
  });

  app.get(
    '/api/events',
    { schema: { tags: ['records'], summary: 'Live change notices (SSE)' } },
    async (request, reply) => {
      const auth = requireAuth(request);
      const headers = {
        ...(reply.getHeaders() as Record<string, string>),
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-store',
        connection: 'keep-alive',
        'x-accel-buffering': 'no',
      };
      reply.hijack();
      const raw = reply.raw;
      raw.writeHead(200, headers);
      raw.write('retry: 3000\n\n');
      const unsubscribe = services.ctx.notifier.subscribe(auth.userId, (notice) => {
        if (notice.kind === 'session') {
          // Another device signed this person's sessions out: if ours is gone, say so and close.
          void services.sessions.stillValid(auth.tokenHash).then((valid) => {
            if (valid) return;
            raw.write('event: signed-out\ndata: {}\n\n');
            end();
          });
          return;
        }
        const data = notice.kind === 'change' ? { cursor: notice.cursor ?? null } : {};
        raw.write(`event: ${notice.kind}\ndata: ${JSON.stringify(data)}\n\n`);
      });
      const heartbeat = setInterval(() => raw.write(': keep-alive\n\n'), HEARTBEAT_MS);
      const close = () => {
        clearInterval(heartbeat);
        unsubscribe();
        openStreams.delete(end);
      };
      const end = () => {
        close();
        raw.end();
      };
      openStreams.add(end);
      request.raw.on('close', close);
    },
  );
};
