import { isIP } from 'node:net';

const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

/**
 * Whether the server may POST to this push endpoint; returns why not, or null when it may.
 * Push services are public HTTPS hosts with DNS names. Refusing bare IP addresses, single-label
 * and local names keeps a subscription from pointing the server at machines on its own network.
 * Plain HTTP to this machine is allowed only when the configuration says so (the tests' local
 * push service).
 */
export function pushEndpointProblem(endpoint: string, allowLocalHttp: boolean): string | null {
  let url: URL;
  try {
    url = new URL(endpoint);
  } catch {
    return 'must be a URL';
  }
  if (url.username || url.password) return 'must not contain a user name or password';
  if (url.protocol === 'http:') {
    return allowLocalHttp && LOCAL_HOSTS.has(url.hostname) ? null : 'must be an https address';
  }
  if (url.protocol !== 'https:') return 'must be an https address';
  const host = url.hostname.toLowerCase();
  if (isIP(host.replace(/^\[|\]$/g, '')) !== 0) return 'must name a push service, not an IP address';
  if (
    !host.includes('.') ||
    host === 'localhost' ||
    host.endsWith('.localhost') ||
    host.endsWith('.local') ||
    host.endsWith('.internal')
  ) {
    return 'must name a public push service';
  }
  return null;
}
