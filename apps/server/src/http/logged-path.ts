/**
 * What a log line says about a request's path. Route parameters can be capabilities (an invite id
 * lets its holder fetch the invitation), so a matched route is logged by its pattern
 * (`/api/invites/:inviteId`), never with the values. An unmatched path keeps only short segments:
 * anything long enough to be an id or a token becomes ":redacted".
 */
export interface LoggedRequest {
  method: string;
  url: string;
  routeOptions?: { url?: string | undefined };
}

const LONG_SEGMENT = /^[^/]{16,}$/;

export function loggedPath(request: LoggedRequest): string {
  const pattern = request.routeOptions?.url;
  if (pattern && pattern !== '*' && !pattern.includes('*')) return pattern;
  const path = request.url.split('?')[0] ?? '';
  return path
    .split('/')
    .map((segment) => (LONG_SEGMENT.test(segment) ? ':redacted' : segment))
    .join('/');
}
