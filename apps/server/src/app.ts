import cookie from '@fastify/cookie';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance } from 'fastify';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { accountsRoutes } from './accounts/accounts.routes';
import type { AppContext } from './context';
import { couplesRoutes } from './couples/couples.routes';
import { eventsRoutes } from './events/events.routes';
import { healthRoutes } from './health/health.routes';
import { registerErrorHandler } from './http/error-handler';
import { registerSecurity } from './http/security';
import { registerWebApp } from './http/web-app';
import { recordsRoutes } from './records/records.routes';
import { pushRoutes } from './reminders/push.routes';
import { remindersRoutes } from './reminders/reminders.routes';
import { revealsRoutes } from './reveals/reveals.routes';
import { createServices } from './services';
import { sessionsRoutes } from './sessions/sessions.routes';

export const BODY_LIMIT_BYTES = 256 * 1024;

/** Paths and fields that must never reach a log line. */
export const logRedactPaths = [
  'req.headers.cookie',
  'req.headers.authorization',
  'res.headers["set-cookie"]',
  '*.password',
  '*.registrationRequest',
  '*.registrationRecord',
  '*.finishLoginRequest',
  '*.startLoginRequest',
];

export interface BuildOptions {
  logger?: boolean | Record<string, unknown>;
  serveWebApp?: boolean;
}

export async function buildApp(ctx: AppContext, options: BuildOptions = {}): Promise<FastifyInstance> {
  const app = Fastify({
    logger:
      options.logger === false
        ? false
        : {
            level: ctx.config.logLevel,
            redact: { paths: logRedactPaths, censor: '[redacted]' },
            // Only the path is logged: query strings could carry ids, never secrets, but keep logs lean.
            serializers: {
              req: (req: { method: string; url: string }) => ({
                method: req.method,
                path: req.url.split('?')[0],
              }),
            },
            ...(typeof options.logger === 'object' ? options.logger : {}),
          },
    bodyLimit: BODY_LIMIT_BYTES,
    trustProxy: ctx.config.trustProxy,
    requestIdHeader: false,
    return503OnClosing: true,
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandler(app);

  await app.register(swagger, {
    openapi: {
      info: {
        title: 'Hearth API',
        version: '1',
        description: 'Zero-knowledge record store for Hearth. See docs/api.md.',
      },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs', staticCSP: true });

  await registerSecurity(app, { publicOrigin: ctx.config.publicOrigin });
  await app.register(cookie);

  const services = createServices(ctx);
  app.addHook('onRequest', async (request) => {
    if (request.url.startsWith('/api/') && !request.url.startsWith('/api/docs')) {
      request.auth = await services.sessions.resolve(request);
    }
  });

  await app.register(healthRoutes, { services });
  await app.register(accountsRoutes, { services });
  await app.register(sessionsRoutes, { services });
  await app.register(couplesRoutes, { services });
  await app.register(recordsRoutes, { services });
  await app.register(eventsRoutes, { services });
  await app.register(revealsRoutes, { services });
  await app.register(remindersRoutes, { services });
  await app.register(pushRoutes, { services });
  if (options.serveWebApp !== false) await registerWebApp(app, ctx.config.webDistDir);
  return app;
}
