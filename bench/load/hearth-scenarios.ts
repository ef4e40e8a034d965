import { randomBytes, randomUUID } from 'node:crypto';
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
  /** A logged touch: a small couple record. */
  touch: string[];
  /** A sealed answer for PUT /api/reveals/:tag. */
  answer: string[];
}

/** JSON bodies for PUT /api/records/:id, sealed once up front (see sealed-samples.ts for why). */
export function makeWriteBodies(perScope = 256): WriteBodies {
  const bodyFor = (scope: 'user' | 'couple') =>
    sealedSamples(perScope, scope).map((sealed) =>
      JSON.stringify({ scope, version: 1, keyEpoch: 0, ...sealed }),
    );
  const small = (count: number) =>
    sealedSamples(count, 'couple', 120).map((sealed) =>
      JSON.stringify({ scope: 'couple', version: 1, keyEpoch: 0, ...sealed }),
    );
  const answers = sealedSamples(perScope, 'couple', 600).map(({ wrappedDek, body }) =>
    JSON.stringify({ keyEpoch: 0, wrappedDek, body }),
  );
  return { user: bodyFor('user'), couple: bodyFor('couple'), touch: small(perScope), answer: answers };
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

/**
 * What a day of use asks of the server, per request: mostly devices catching up; then the
 * practices. Shares are a judgement from the daily flow (open the app a few times, check in, log
 * touches, answer and read the question, one note or letter), not a measurement of real users.
 */
export const dailyMixShares = {
  pull: 0.55,
  touch: 0.15,
  write: 0.12,
  answer: 0.05,
  readReveal: 0.08,
  done: 0.05,
} as const;

type MixStep = keyof typeof dailyMixShares;

function pickStep(random: () => number): MixStep {
  let roll = random();
  for (const [step, share] of Object.entries(dailyMixShares) as [MixStep, number][]) {
    if (roll < share) return step;
    roll -= share;
  }
  return 'pull';
}

function jsonRequest(
  request: RequestSpec,
  method: string,
  path: string,
  cookie: string,
  origin: string,
  body: string,
): RequestSpec {
  request.method = method;
  request.path = path;
  request.headers = { cookie, origin, 'content-type': 'application/json' };
  request.body = body;
  return request;
}

const revealTag = () => randomBytes(32).toString('base64url');

/** A day of use: pulls, writes, touches, reveal answers and reads, done marks (dailyMixShares). */
export function dailyMixScenario(baseUrl: string, users: MeasuredUser[], bodies: WriteBodies): Scenario {
  return {
    url: baseUrl,
    setupClient: (client: Client, index: number) => {
      const { user, random, pullPath } = perConnection(users, index);
      const any = (pool: string[]) => pool[Math.floor(random() * pool.length)]!;
      const today = new Date().toISOString().slice(0, 10);
      client.setRequests([
        {
          setupRequest: (request) => {
            switch (pickStep(random)) {
              case 'pull':
                return pullRequest(request, user.cookie, pullPath());
              case 'write':
                return writeRequest(request, user.cookie, baseUrl, bodies, random);
              case 'touch':
                return jsonRequest(
                  request,
                  'PUT',
                  `/api/records/${randomUUID()}`,
                  user.cookie,
                  baseUrl,
                  any(bodies.touch),
                );
              case 'answer':
                return jsonRequest(
                  request,
                  'PUT',
                  `/api/reveals/${revealTag()}`,
                  user.cookie,
                  baseUrl,
                  any(bodies.answer),
                );
              case 'readReveal':
                return pullRequest(request, user.cookie, `/api/reveals/${revealTag()}`);
              case 'done':
                return jsonRequest(
                  request,
                  'POST',
                  '/api/practices/done',
                  user.cookie,
                  baseUrl,
                  JSON.stringify({ practice: 'checkin', date: today }),
                );
            }
          },
        },
      ]);
    },
  };
}
