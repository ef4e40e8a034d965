import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { envelopeSchema, queryInteger, uuidSchema } from '../http/schemas';
import { requireAuth } from '../sessions/auth-guard';
import type { Services } from '../services';

const MAX_CIPHERTEXT = 200_000;

export const recordsRoutes: FastifyPluginAsyncZod<{ services: Services }> = async (app, { services }) => {
  const { records } = services;

  app.put(
    '/api/records/:id',
    {
      schema: {
        tags: ['records'],
        summary: 'Create or update an encrypted record (version = current + 1)',
        params: z.object({ id: uuidSchema }),
        body: z
          .object({
            scope: z.enum(['user', 'couple']),
            version: z.number().int().min(1).max(2_000_000_000),
            keyEpoch: z.number().int().min(0).max(1_000_000),
            wrappedDek: envelopeSchema(4096),
            body: envelopeSchema(MAX_CIPHERTEXT),
          })
          // Author, owner and couple are decided by the server from the session; extra fields are ignored.
          .passthrough(),
      },
    },
    async (request) => {
      const auth = requireAuth(request);
      const { scope, version, keyEpoch, wrappedDek, body } = request.body;
      return {
        record: await records.write(auth.userId, request.params.id, {
          scope,
          version,
          keyEpoch,
          wrappedDek,
          body,
          deleted: false,
        }),
      };
    },
  );

  app.delete(
    '/api/records/:id',
    {
      schema: {
        tags: ['records'],
        summary: 'Delete a record (leaves a tombstone so every device learns of it)',
        params: z.object({ id: uuidSchema }),
        querystring: z.object({
          version: queryInteger(1, 2_000_000_000),
          scope: z.enum(['user', 'couple']).optional(),
          keyEpoch: queryInteger(0, 1_000_000).optional(),
        }),
      },
    },
    async (request) => {
      const auth = requireAuth(request);
      const { version } = request.query;
      return { record: await records.deleteRecord(auth.userId, request.params.id, version) };
    },
  );

  app.get(
    '/api/sync',
    {
      schema: {
        tags: ['records'],
        summary: 'Records I can see, changed after the cursor',
        querystring: z.object({
          cursor: queryInteger(0, Number.MAX_SAFE_INTEGER).default(0),
          limit: queryInteger(1, 500).default(200),
        }),
      },
    },
    async (request) => {
      const auth = requireAuth(request);
      return records.pull(auth.userId, request.query.cursor, request.query.limit);
    },
  );
};
