import type { FastifyInstance } from 'fastify';
import { HearthError } from '../errors/catalogue';
import type { SessionsService } from '../sessions/sessions.service';

/**
 * Every route that changes something, or hands out what only its owner should take away, says here
 * whether it needs a recent password confirmation. One place on purpose: a route that is missing
 * from this list refuses to register, so a new sensitive action cannot forget the check
 * (test "sensitive actions require recent re-authentication" walks the OpenAPI document too).
 *
 * recent-reauth: the person confirmed their password (or signed in) within the last few minutes.
 * An unlocked phone or a stolen cookie is not enough for these.
 */
export type Sensitivity = 'recent-reauth' | 'everyday';

export const routeSensitivity: Record<string, Sensitivity> = {
  // Taking over an account: a new password, signing the owner's devices out, deleting it all.
  'POST /api/auth/password/start': 'recent-reauth',
  'POST /api/auth/password/finish': 'recent-reauth',
  'DELETE /api/account': 'recent-reauth',
  // Signing one of the owner's other devices out.
  'DELETE /api/sessions/:id': 'recent-reauth',
  // Everything I ever answered, in one list: what the export reads.
  'GET /api/reveals/mine': 'recent-reauth',

  'POST /api/auth/register/start': 'everyday',
  'POST /api/auth/register/finish': 'everyday',
  'POST /api/auth/login/start': 'everyday',
  'POST /api/auth/login/finish': 'everyday',
  'POST /api/auth/reauth/start': 'everyday',
  'POST /api/auth/reauth/finish': 'everyday',
  'POST /api/auth/logout': 'everyday',
  'POST /api/couples': 'everyday',
  'POST /api/couple/confirm': 'everyday',
  // Leaving is unilateral and immediate (PRIVACY.md): never behind a password prompt.
  'POST /api/couple/unlink': 'everyday',
  'PUT /api/keys/couple': 'everyday',
  'POST /api/invites': 'everyday',
  'DELETE /api/invites/:inviteId': 'everyday',
  'POST /api/invites/:inviteId/accept': 'everyday',
  'PUT /api/records/:id': 'everyday',
  'DELETE /api/records/:id': 'everyday',
  'PUT /api/reveals/:tag': 'everyday',
  'PUT /api/reminders': 'everyday',
  'POST /api/practices/done': 'everyday',
  'PUT /api/push/subscription': 'everyday',
  'DELETE /api/push/subscription': 'everyday',
};

const stateChanging = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export function routeKey(method: string, url: string): string {
  return `${method} ${url}`;
}

/** Registers the check; must run before any route is added. */
export function registerRouteSensitivity(app: FastifyInstance, sessions: SessionsService): void {
  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith('/api/') || route.url.startsWith('/api/docs')) return;
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    for (const method of methods) {
      if (method === 'HEAD' || method === 'OPTIONS') continue;
      const key = routeKey(method, route.url);
      const sensitivity = routeSensitivity[key];
      if (!sensitivity && stateChanging.has(method)) {
        throw new Error(
          `${key} is not in http/route-sensitivity.ts: say whether it needs recent re-authentication.`,
        );
      }
      if (sensitivity !== 'recent-reauth') continue;
      const description =
        'Needs a recent password confirmation (POST /api/auth/reauth/*), else 403 HEARTH_REAUTH_REQUIRED.';
      route.schema = { ...route.schema, description };
      // Before validation: a stale session learns it must confirm, whatever it sent.
      const previous = route.preValidation;
      const check = async (request: { auth?: Parameters<SessionsService['requireRecentReauth']>[0] }) => {
        if (!request.auth) throw new HearthError('HEARTH_UNAUTHENTICATED');
        sessions.requireRecentReauth(request.auth);
      };
      route.preValidation = previous ? [check, ...(Array.isArray(previous) ? previous : [previous])] : check;
    }
  });
}
