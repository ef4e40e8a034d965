import { isLocalDate, isTimeOfDay } from '@hearth/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireAuth } from '../sessions/auth-guard';
import type { Services } from '../services';
import { REMINDER_PRACTICES } from './practices';

const timeOfDaySchema = z
  .string()
  .max(5, 'must be HH:MM')
  .refine(isTimeOfDay, 'must be HH:MM between 00:00 and 23:59');
const practiceSchema = z.enum(REMINDER_PRACTICES, `must be one of ${REMINDER_PRACTICES.join(', ')}`);

export const remindersRoutes: FastifyPluginAsyncZod<{ services: Services }> = async (app, { services }) => {
  const { reminders } = services;

  app.get(
    '/api/reminders',
    { schema: { tags: ['reminders'], summary: 'My reminder settings' } },
    async (request) => {
      const auth = requireAuth(request);
      return reminders.settings(auth.userId);
    },
  );

  app.put(
    '/api/reminders',
    {
      schema: {
        tags: ['reminders'],
        summary: 'Replace my reminder settings; answers with when each is next due',
        body: z.object({
          // Checked against the platform's time-zone list by the service (HEARTH_BAD_TIME_ZONE).
          timeZone: z.string().min(1).max(64),
          quietHours: z.object({ start: timeOfDaySchema, end: timeOfDaySchema }).nullable(),
          reminders: z
            .array(z.object({ practice: practiceSchema, time: timeOfDaySchema, enabled: z.boolean() }))
            .max(REMINDER_PRACTICES.length),
        }),
      },
    },
    async (request) => {
      const auth = requireAuth(request);
      return reminders.replaceSettings(auth.userId, request.body);
    },
  );

  app.post(
    '/api/practices/done',
    {
      schema: {
        tags: ['reminders'],
        summary: "Today's practice is done: hold back today's reminder",
        body: z.object({
          practice: practiceSchema,
          date: z
            .string()
            .max(10, 'must be YYYY-MM-DD')
            .refine(isLocalDate, 'must be a calendar date YYYY-MM-DD'),
        }),
      },
    },
    async (request, reply) => {
      const auth = requireAuth(request);
      await reminders.markDone(auth.userId, request.body.practice, request.body.date);
      reply.status(204);
    },
  );
};
