import helmet from '@fastify/helmet';
import type { FastifyInstance } from 'fastify';
import { HearthError } from '../errors/catalogue';

const stateChanging = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export const contentSecurityPolicy = {
  defaultSrc: ["'self'"],
  // OPAQUE and Argon2 run as WebAssembly: compiling it needs 'wasm-unsafe-eval', nothing more.
  scriptSrc: ["'self'", "'wasm-unsafe-eval'"],
  styleSrc: ["'self'"],
  imgSrc: ["'self'", 'data:'],
  connectSrc: ["'self'"],
  fontSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'none'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
  manifestSrc: ["'self'"],
  workerSrc: ["'self'"],
};

export async function registerSecurity(app: FastifyInstance, options: { publicOrigin?: string | undefined }) {
  await app.register(helmet, {
    contentSecurityPolicy: { useDefaults: false, directives: contentSecurityPolicy },
    strictTransportSecurity: { maxAge: 31_536_000, includeSubDomains: true },
    referrerPolicy: { policy: 'no-referrer' },
    crossOriginEmbedderPolicy: false,
    crossOriginResourcePolicy: { policy: 'same-origin' },
    crossOriginOpenerPolicy: { policy: 'same-origin' },
  });

  app.addHook('onRequest', async (request, reply) => {
    if (request.url.startsWith('/api/')) reply.header('Cache-Control', 'no-store');
    if (!stateChanging.has(request.method)) return;
    // CSRF defence: browsers always send Origin on cross-site state-changing requests.
    const origin = request.headers.origin;
    if (!origin || !isAllowedOrigin(origin, request.protocol, request.headers.host, options.publicOrigin)) {
      throw new HearthError('HEARTH_BAD_ORIGIN');
    }
  });
}

export function isAllowedOrigin(
  origin: string,
  protocol: string,
  host: string | undefined,
  publicOrigin: string | undefined,
): boolean {
  if (publicOrigin && origin === new URL(publicOrigin).origin) return true;
  if (!host) return false;
  return origin === `${protocol}://${host}`;
}
