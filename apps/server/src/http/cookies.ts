import type { FastifyReply } from 'fastify';

export interface CookieToSet {
  name: string;
  token: string;
  maxAgeSeconds: number;
}

/**
 * One set of attributes for every Hearth cookie: never readable by scripts, never sent by another
 * site, valid for the whole app. `secure` is off only for plain-HTTP LAN setups.
 */
export function createCookieWriter(secure: boolean) {
  const attributes = { httpOnly: true, secure, sameSite: 'strict', path: '/' } as const;
  return {
    set(reply: FastifyReply, cookie: CookieToSet): void {
      reply.setCookie(cookie.name, cookie.token, { ...attributes, maxAge: cookie.maxAgeSeconds });
    },
    clear(reply: FastifyReply, name: string): void {
      reply.clearCookie(name, attributes);
    },
  };
}
