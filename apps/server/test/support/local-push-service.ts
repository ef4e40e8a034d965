import { createECDH, createPublicKey, randomBytes, randomUUID, verify, type ECDH } from 'node:crypto';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import ece from 'http_ece';

/**
 * A push service on 127.0.0.1 that stands in for FCM or Mozilla's autopush: it accepts Web Push
 * POSTs, remembers them, and can be told to answer 410 for a subscription that is gone.
 */
export interface ReceivedPush {
  subscriptionId: string;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

/** A browser's side of a subscription: the keys a real browser would keep to itself. */
export interface TestSubscription {
  id: string;
  endpoint: string;
  keys: { p256dh: string; auth: string };
  ecdh: ECDH;
  authSecret: Buffer;
}

export interface LocalPushService {
  origin: string;
  received: ReceivedPush[];
  /** Makes a subscription as PushManager.subscribe would: a fresh P-256 key pair and auth secret. */
  newSubscription(): TestSubscription;
  /** From now on this subscription answers 410 Gone, as a push service does after unsubscribe. */
  markGone(subscriptionId: string): void;
  close(): Promise<void>;
}

export async function startLocalPushService(): Promise<LocalPushService> {
  const received: ReceivedPush[] = [];
  const gone = new Set<string>();
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const subscriptionId = (request.url ?? '').replace(/^\/push\//, '');
      if (request.method !== 'POST') {
        response.writeHead(405).end();
        return;
      }
      if (gone.has(subscriptionId)) {
        response.writeHead(410).end();
        return;
      }
      received.push({ subscriptionId, headers: request.headers, body: Buffer.concat(chunks) });
      response.writeHead(201, { location: `/message/${randomUUID()}` }).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    received,
    newSubscription() {
      const id = randomUUID();
      const ecdh = createECDH('prime256v1');
      ecdh.generateKeys();
      const authSecret = randomBytes(16);
      return {
        id,
        endpoint: `${origin}/push/${id}`,
        keys: { p256dh: ecdh.getPublicKey().toString('base64url'), auth: authSecret.toString('base64url') },
        ecdh,
        authSecret,
      };
    },
    markGone(subscriptionId) {
      gone.add(subscriptionId);
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export interface VapidClaims {
  aud: string;
  exp: number;
  sub: string;
}

/**
 * Checks the VAPID header (RFC 8292) the way a push service does: `vapid t=<JWT>, k=<key>`, the
 * JWT signed with ES256 by the key in `k`. Returns the claims and the key for further checks.
 */
export function verifyVapidAuthorization(header: string | undefined): {
  claims: VapidClaims;
  publicKey: string;
} {
  const match = /^vapid t=([A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+), k=([A-Za-z0-9_-]+)$/.exec(
    header ?? '',
  );
  if (!match) throw new Error(`not a VAPID Authorization header: ${header}`);
  const [jwt, publicKey] = [match[1]!, match[2]!];
  const [headerPart, claimsPart, signaturePart] = jwt.split('.') as [string, string, string];
  const jwtHeader = JSON.parse(Buffer.from(headerPart, 'base64url').toString('utf8')) as {
    alg: string;
    typ: string;
  };
  if (jwtHeader.alg !== 'ES256') throw new Error(`VAPID JWT uses ${jwtHeader.alg}, not ES256`);
  const point = Buffer.from(publicKey, 'base64url');
  if (point.length !== 65 || point[0] !== 4) throw new Error('k is not an uncompressed P-256 key');
  const key = createPublicKey({
    key: {
      kty: 'EC',
      crv: 'P-256',
      x: point.subarray(1, 33).toString('base64url'),
      y: point.subarray(33).toString('base64url'),
    },
    format: 'jwk',
  });
  const signed = verify(
    'sha256',
    Buffer.from(`${headerPart}.${claimsPart}`),
    { key, dsaEncoding: 'ieee-p1363' },
    Buffer.from(signaturePart, 'base64url'),
  );
  if (!signed) throw new Error('VAPID JWT signature does not verify');
  return {
    claims: JSON.parse(Buffer.from(claimsPart, 'base64url').toString('utf8')) as VapidClaims,
    publicKey,
  };
}

/** Decrypts a push body as the browser would (RFC 8291), with the independent http_ece package. */
export function decryptPush(push: ReceivedPush, subscription: TestSubscription): string {
  return ece
    .decrypt(push.body, {
      version: 'aes128gcm',
      privateKey: subscription.ecdh,
      authSecret: subscription.authSecret,
    })
    .toString('utf8');
}
