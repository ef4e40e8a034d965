// Which screen a person may see in each session state. Pure, so it is tested on its own.
import type { SessionState } from './app-session';

export const SIGNED_OUT_PATHS = ['/welcome', '/signin', '/signup', '/recover', '/pair'];
const AUTH_ONLY_PATHS = ['/welcome', '/signin', '/signup', '/recover', '/unlock', '/new-password'];

/** Returns where to send the person instead, or null to show the requested path. */
export function guardRedirect(
  status: SessionState['status'],
  pathname: string,
  hasPendingInvite: boolean,
): string | null {
  switch (status) {
    case 'loading':
      return null;
    case 'signed-out':
      return SIGNED_OUT_PATHS.includes(pathname) ? null : '/welcome';
    case 'locked':
      return pathname === '/unlock' ? null : '/unlock';
    case 'recovery':
      return pathname === '/new-password' ? null : '/new-password';
    case 'ready':
      if (AUTH_ONLY_PATHS.includes(pathname)) return hasPendingInvite ? '/pair' : '/';
      return null;
  }
}
