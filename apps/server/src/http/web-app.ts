import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { errorBody } from '../errors/catalogue';

/** Serves the built PWA; every non-API path falls back to index.html (client-side routes). */
export async function registerWebApp(app: FastifyInstance, distDir: string): Promise<void> {
  const indexFile = join(distDir, 'index.html');
  if (!existsSync(indexFile)) {
    app.log.warn({ distDir }, 'web app not built; run `npm run build:web`');
    app.get('/', async (_request, reply) =>
      reply
        .type('text/plain; charset=utf-8')
        .send(
          'Hearth server is running, but the web app is not built yet. Run `npm run build:web`, then reload.',
        ),
    );
    return;
  }
  await app.register(fastifyStatic, {
    root: distDir,
    wildcard: false,
    index: false,
    // Serves the .br / .gz copies made at build time (apps/web/scripts/precompress.mjs) to
    // browsers that accept them.
    preCompressed: true,
    setHeaders(res, path) {
      // Hashed assets never change; the shell and the service worker must always be revalidated.
      if (/[/\\]assets[/\\]/.test(path)) res.header('Cache-Control', 'public, max-age=31536000, immutable');
      else res.header('Cache-Control', 'no-cache');
    },
  });
  app.get('/*', async (request, reply) => {
    const path = request.url.split('?')[0] ?? '/';
    if (path.startsWith('/api/')) return reply.status(404).send(errorBody('HEARTH_NOT_FOUND'));
    const file = path.slice(1);
    if (file && !file.includes('..') && existsSync(join(distDir, file))) return reply.sendFile(file);
    reply.header('Cache-Control', 'no-cache');
    return reply.sendFile('index.html');
  });
}
