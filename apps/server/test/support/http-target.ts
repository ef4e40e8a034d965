import type { InjectOptions } from 'fastify';
import { TEST_ORIGIN } from './test-server';

export interface HttpResponse {
  statusCode: number;
  headers: Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
  body: string;
  json(): any; // eslint-disable-line @typescript-eslint/no-explicit-any
}

export interface RequestTarget {
  request(options: InjectOptions & { cookie?: string }): Promise<HttpResponse>;
}

/** Drives a server over real HTTP (for tests that run the server as a separate process). */
export function httpTarget(baseUrl: string): RequestTarget {
  return {
    async request({ method = 'GET', url, payload, cookie, headers }) {
      const body =
        payload === undefined ? undefined : typeof payload === 'string' ? payload : JSON.stringify(payload);
      const response = await fetch(new URL(String(url), baseUrl), {
        method: String(method),
        headers: {
          origin: new URL(baseUrl).origin,
          ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
          ...(cookie ? { cookie } : {}),
          ...(headers as Record<string, string>),
        },
        body,
      });
      const text = await response.text();
      const setCookie = response.headers.getSetCookie();
      return {
        statusCode: response.status,
        headers: { ...Object.fromEntries(response.headers.entries()), 'set-cookie': setCookie },
        body: text,
        json: () => JSON.parse(text),
      };
    },
  };
}

export { TEST_ORIGIN };
