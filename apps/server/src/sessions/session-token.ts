import { createHash, randomBytes } from 'node:crypto';

/** 256-bit random session token; only its SHA-256 is stored, so a database leak yields no live sessions. */
export function newSessionToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, tokenHash: hashSessionToken(token) };
}

export function hashSessionToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export function cookieName(secure: boolean): string {
  // The __Host- prefix needs the Secure attribute; plain-HTTP LAN setups opt out explicitly.
  return secure ? '__Host-hearth_session' : 'hearth_session';
}

/** The known-device cookie (see accounts/auth-throttle.ts); same prefix rule as the session's. */
export function deviceCookieName(secure: boolean): string {
  return secure ? '__Host-hearth_device' : 'hearth_device';
}

/** A short, non-identifying label like "Chrome on Linux" for the sessions list. */
export function deviceLabel(userAgent: string | undefined): string {
  if (!userAgent) return 'Unknown device';
  const browser = /Edg\//.test(userAgent)
    ? 'Edge'
    : /Firefox\//.test(userAgent)
      ? 'Firefox'
      : /Chrom(e|ium)\//.test(userAgent)
        ? 'Chrome'
        : /Safari\//.test(userAgent)
          ? 'Safari'
          : 'A browser';
  const os = /Android/.test(userAgent)
    ? 'Android'
    : /iPhone|iPad/.test(userAgent)
      ? 'iOS'
      : /Mac OS X/.test(userAgent)
        ? 'macOS'
        : /Windows/.test(userAgent)
          ? 'Windows'
          : /Linux/.test(userAgent)
            ? 'Linux'
            : 'an unknown system';
  return `${browser} on ${os}`;
}
