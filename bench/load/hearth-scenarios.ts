import { randomUUID } from 'node:crypto';
import type { Client, RequestSpec } from 'autocannon';
import { seededRandom } from '../lib/stats';
import type { Scenario } from './cannon';
import type { SessionUser } from './real-couple';
import { sealedSamples } from './sealed-samples';

export const PULL_PAGE = 50;

export interface MeasuredUser extends SessionUser {
  /** Cursors after which at least PULL_PAGE records are visible to this user. */
  cursors: number[];
}

export interface WriteBodies {
  user: string[];
  couple: string[];
}

/** JSON bodies for PUT /api/records/:id, sealed once up front (see sealed-samples.ts for why). */
export function makeWriteBodies(perScope = 256): WriteBodies {
  const bodyFor = (scope: 'user' | 'couple') =>
    sealedSamples(perScope, scope).map((sealed) =>
      JSON.stringify({ scope, version: 1, keyEpoch: 0, ...sealed }),
    );
  return { user: bodyFor('user'), couple: bodyFor('couple') };
}

/**
 * One request generator per connection: connection i is user i (mod the measured users), so
 * 100 connections are 100 different people from 50 couples, each with their own session.
 */
function perConnection(users: MeasuredUser[], index: number) {
  const user = users[index % users.length]!;
  const random = seededRandom(index + 1);
  return {
    user,
    random,
    pullPath: () =>
      `/api/sync?cursor=${user.cursors[Math.floor(random() * user.cursors.length)]}&limit=${PULL_PAGE}`,
  };
}

function writeRequest(
  request: RequestSpec,
  cookie: string,
  origin: string,
  bodies: WriteBodies,
  random: () => number,
): RequestSpec {
  // Same proportion of private to shared records as the seeded history (2 in 7).
  const pool = random() < 2 / 7 ? bodies.user : bodies.couple;
  request.method = 'PUT';
  request.path = `/api/records/${randomUUID()}`;
  request.headers = { cookie, origin, 'content-type': 'application/json' };
  request.body = pool[Math.floor(random() * pool.length)]!;
  return request;
}

function pullRequest(request: RequestSpec, cookie: string, path: string): RequestSpec {
  request.method = 'GET';
  request.path = path;
  request.headers = { cookie };
  request.body = '';
  return request;
}

export function syncPullScenario(baseUrl: string, users: MeasuredUser[]): Scenario {
  return {
    url: baseUrl,
    setupClient: (client: Client, index: number) => {
      const { user, pullPath } = perConnection(users, index);
      client.setRequests([{ setupRequest: (request) => pullRequest(request, user.cookie, pullPath()) }]);
    },
  };
}

export function writeScenario(baseUrl: string, users: MeasuredUser[], bodies: WriteBodies): Scenario {
  return {
    url: baseUrl,
    setupClient: (client: Client, index: number) => {
      const { user, random } = perConnection(users, index);
      client.setRequests([
        { setupRequest: (request) => writeRequest(request, user.cookie, baseUrl, bodies, random) },
      ]);
    },
  };
}

/** A day of use: mostly devices catching up, some new entries. Reveal/touch join when they exist. */
export function dailyMixScenario(
  baseUrl: string,
  users: MeasuredUser[],
  bodies: WriteBodies,
  pullShare = 0.7,
): Scenario {
  return {
    url: baseUrl,
    setupClient: (client: Client, index: number) => {
      const { user, random, pullPath } = perConnection(users, index);
      client.setRequests([
        {
          setupRequest: (request) =>
            random() < pullShare
              ? pullRequest(request, user.cookie, pullPath())
              : writeRequest(request, user.cookie, baseUrl, bodies, random),
        },
      ]);
    },
  };
}
