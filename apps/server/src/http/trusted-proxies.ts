/**
 * Which hops may tell us the client's address in X-Forwarded-For. Trusting every hop (Fastify's
 * `true`) takes the leftmost value, which the client writes itself: behind nginx's
 * `$proxy_add_x_forwarded_for` anyone could pick the address the sign-in throttle counts.
 * So `true` means one proxy in front of us; a number is that many proxies; a list names the
 * proxies' addresses or ranges (proxy-addr names such as `loopback` work too).
 */
export type TrustProxySetting = boolean | number | string[];

export function trustedProxies(
  setting: TrustProxySetting,
): false | string[] | ((address: string, hop: number) => boolean) {
  if (setting === false) return false;
  if (Array.isArray(setting)) return setting;
  const hops = setting === true ? 1 : setting;
  // hop 0 is the socket's peer, our own proxy; each further trusted hop is one more proxy.
  return (_address, hop) => hop < hops;
}
