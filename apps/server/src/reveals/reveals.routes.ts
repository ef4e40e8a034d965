import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { envelopeSchema, queryInteger } from '../http/schemas';
import { requireAuth } from '../sessions/auth-guard';
import type { Services } from '../services';
import { answerCursor } from './reveals.service';

/** revealTag output: base64url of an HMAC-SHA256, 43 characters without padding. */
const tagPattern = /^[A-Za-z0-9_-]{43}$/;
const tagSchema = z.string().regex(tagPattern, 'must be a 43-character base64url tag');
const MAX_TAGS = 31;
const MAX_ANSWER_CIPHERTEXT = 20_000;

const MAX_AUTHORED_PAGE = 200;

const tagListSchema = z
  .string()
  .max(MAX_TAGS * 44)
  .transform((value) => value.split(','))
  .pipe(z.array(tagSchema).min(1, 'name at least one tag').max(MAX_TAGS, `name at most ${MAX_TAGS} tags`));

export const revealsRoutes: FastifyPluginAsyncZod<{ services: Services }> = async (app, { services }) => {
  const { reveals } = services;

  app.put(
    '/api/reveals/:tag',
    {
      schema: {
        tags: ['reveals'],
        summary: "Give my sealed answer to the day's question (once; it cannot change)",
        params: z.object({ tag: tagSchema }),
        body: z.object({
          keyEpoch: z.number().int().min(0).max(1_000_000),
          wrappedDek: envelopeSchema(4096),
          body: envelopeSchema(MAX_ANSWER_CIPHERTEXT),
        }),
      },
    },
    async (request, reply) => {
      const auth = requireAuth(request);
      const reveal = await reveals.answer(auth.userId, request.params.tag, request.body);
      return reply.status(201).send({ reveal });
    },
  );

  app.get(
    '/api/reveals/mine',
    {
      schema: {
        tags: ['reveals'],
        summary: 'Every answer I have written, in any couple, oldest first (for my export)',
        querystring: z.object({
          after: answerCursor.schema.optional(),
          limit: queryInteger(1, MAX_AUTHORED_PAGE).default(MAX_AUTHORED_PAGE),
        }),
      },
    },
    async (request) => {
      const auth = requireAuth(request);
      return reveals.authored(auth.userId, request.query.after ?? null, request.query.limit);
    },
  );

  app.get(
    '/api/reveals/:tag',
    {
      schema: {
        tags: ['reveals'],
        summary: "My answer and, once I have answered, my partner's",
        params: z.object({ tag: tagSchema }),
      },
    },
    async (request) => {
      const auth = requireAuth(request);
      return (await reveals.view(auth.userId, [request.params.tag]))[0]!;
    },
  );

  app.get(
    '/api/reveals',
    {
      schema: {
        tags: ['reveals'],
        summary: `Several reveals at once (up to ${MAX_TAGS}), for history`,
        querystring: z.object({ tags: tagListSchema }),
      },
    },
    async (request) => {
      const auth = requireAuth(request);
      return { reveals: await reveals.view(auth.userId, request.query.tags) };
    },
  );
};
