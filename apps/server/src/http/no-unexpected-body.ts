import type { FastifyInstance } from 'fastify';
import { HearthError } from '../errors/catalogue';

/**
 * A route that declares no body takes none: anything sent anyway (of any content type) is
 * refused before it is parsed, instead of being read and silently ignored.
 */
export function registerNoUnexpectedBody(app: FastifyInstance): void {
  app.addHook('onRequest', async (request) => {
    if (request.method === 'GET' || request.method === 'HEAD' || request.method === 'OPTIONS') return;
    const schema = request.routeOptions.schema as { body?: unknown } | undefined;
    if (schema?.body !== undefined) return;
    const length = Number(request.headers['content-length'] ?? 0);
    if (length > 0 || request.headers['transfer-encoding'] !== undefined) {
      throw new HearthError('HEARTH_VALIDATION', { message: 'This request takes no body; send it empty.' });
    }
  });
}
