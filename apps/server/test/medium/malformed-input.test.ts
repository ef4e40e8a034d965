import { describe, expect, it } from 'vitest';
import { databasesUnderTest } from '../support/databases';
import { httpTarget } from '../support/http-target';
import {
  malformedRequests,
  type MalformedRequest,
  type OpenApiDocument,
} from '../support/malformed-requests';
import { withTestServer } from '../support/suite-server';
import type { TestServer } from '../support/test-server';
import { TestUser } from '../support/test-user';

const SLOW_MS = 5_000;

// Over real HTTP, so broken encodings, wrong content types and oversized bodies go through the
// same parser a browser's requests do.
describe.each(databasesUnderTest())('malformed input on $name', (under) => {
  let server: TestServer;
  withTestServer(under, (ready) => {
    server = ready;
  });

  async function send(baseUrl: string, request: MalformedRequest, cookie: string) {
    const started = performance.now();
    try {
      const response = await fetch(new URL(request.url, baseUrl), {
        method: request.method,
        headers: {
          origin: new URL(baseUrl).origin,
          ...(cookie ? { cookie } : {}),
          ...(request.contentType ? { 'content-type': request.contentType } : {}),
        },
        ...(request.body === undefined ? {} : { body: request.body }),
        signal: AbortSignal.timeout(SLOW_MS),
      });
      await response.text();
      return { status: response.status, ms: performance.now() - started };
    } catch (error) {
      return { status: 0, ms: performance.now() - started, error: String(error) };
    }
  }

  it('every route answers malformed input with a 4xx', async () => {
    await server.app.listen({ host: '127.0.0.1', port: 0 });
    const { port } = server.app.server.address() as { port: number };
    const baseUrl = `http://127.0.0.1:${port}`;
    const target = httpTarget(baseUrl);
    const doc = (await target.request({ method: 'GET', url: '/api/docs/json' })).json() as OpenApiDocument;
    const requests = malformedRequests(doc);
    expect(new Set(requests.map((r) => r.route)).size).toBeGreaterThan(25);

    // A linked partner, so couple routes get past their membership checks to the input checks.
    const partner = await TestUser.signUp(target, 'malformed');
    await TestUser.pair(partner, await TestUser.signUp(target, 'malformed-partner'));

    const failures: string[] = [];
    for (const signedIn of [true, false]) {
      let lastRoute = '';
      for (const request of requests) {
        if (signedIn && request.route !== lastRoute) {
          // An earlier case may have ended the session (a route that took a valid request).
          if ((await partner.req('GET', '/api/me')).statusCode === 401) await partner.signIn();
          lastRoute = request.route;
        }
        const answer = await send(baseUrl, request, signedIn ? partner.cookie : '');
        const who = signedIn ? 'signed in' : 'anonymous';
        if (answer.status < 400 || answer.status >= 500 || answer.ms > SLOW_MS) {
          failures.push(
            `${request.route} [${request.flaw}, ${who}] → ${answer.status || answer.error} in ${Math.round(answer.ms)} ms`,
          );
        }
      }
    }
    expect(failures).toEqual([]);
  });
});
