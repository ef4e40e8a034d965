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
import { registerNoUnexpectedBody } from './http/no-unexpected-body';
import { loggedPath, type LoggedRequest } from './http/logged-path';
import { registerRouteSensitivity } from './http/route-sensitivity';
import { trustedProxies } from './http/trusted-proxies';
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
  '*.acceptToken',
  '*.acceptVerifier',
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
            serializers: { req: (req: LoggedRequest) => ({ method: req.method, path: loggedPath(req) }) },
            ...(typeof options.logger === 'object' ? options.logger : {}),
          },
    bodyLimit: BODY_LIMIT_BYTES,
    trustProxy: trustedProxies(ctx.config.trustProxy),
    // A client that sends its headers or body slowly is cut off instead of holding a connection.
    requestTimeout: ctx.config.requestTimeoutMs,
    keepAliveTimeout: ctx.config.keepAliveTimeoutMs,
    http: {
      headersTimeout: Math.min(ctx.config.headersTimeoutMs, ctx.config.requestTimeoutMs),
      connectionsCheckingInterval: Math.min(1_000, ctx.config.requestTimeoutMs),
    },
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
  // The API docs page lives under the app's own policy (no external validator badge, no https:).
  await app.register(swaggerUi, { routePrefix: '/api/docs', uiConfig: { validatorUrl: null } });

  await registerSecurity(app, { publicOrigin: ctx.config.publicOrigin });
  await app.register(cookie);

  const services = createServices(ctx);
  registerRouteSensitivity(app, services.sessions);
  registerNoUnexpectedBody(app);
  app.addHook('onRequest', async (request) => {
    if (request.url.startsWith('/api/') && !request.url.startsWith('/api/docs')) {
      request.auth = await services.sessions.resolve(request.cookies[services.sessions.cookieName]);
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
