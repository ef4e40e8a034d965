import type { FastifyRequest } from 'fastify';
import { HearthError } from '../errors/catalogue';
import type { Auth } from './sessions.service';

// Set by the onRequest hook in app.ts from the session cookie; services receive `Auth` itself.
declare module 'fastify' {
  interface FastifyRequest {
    auth?: Auth;
  }
}

/** For routes that need a full session; a recovery session may only set a new password. */
export function requireAuth(request: FastifyRequest, options: { allowRecovery?: boolean } = {}): Auth {
  const auth = request.auth;
  if (!auth) throw new HearthError('HEARTH_UNAUTHENTICATED');
  if (auth.kind === 'recovery' && !options.allowRecovery) throw new HearthError('HEARTH_RECOVERY_SESSION');
  return auth;
}
