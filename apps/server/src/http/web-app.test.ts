import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import Fastify from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerWebApp } from './web-app';

describe('serving the built web app', () => {
  const app = Fastify();
  const script = `console.log(${JSON.stringify('hearth '.repeat(500))});`;

  beforeAll(async () => {
    const dist = mkdtempSync(join(tmpdir(), 'hearth-dist-'));
    mkdirSync(join(dist, 'assets'));
    writeFileSync(join(dist, 'index.html'), '<!doctype html><title>Hearth</title>');
    const asset = join(dist, 'assets', 'app-abc123.js');
    writeFileSync(asset, script);
    writeFileSync(`${asset}.br`, brotliCompressSync(script));
    writeFileSync(`${asset}.gz`, gzipSync(script));
    await registerWebApp(app, dist);
    await app.ready();
  });
  afterAll(() => app.close());

  it.each([
    ['br, gzip', 'br', (body: Buffer) => brotliDecompressSync(body)],
    ['gzip', 'gzip', (body: Buffer) => gunzipSync(body)],
    ['', undefined, (body: Buffer) => body],
  ])('with Accept-Encoding "%s" sends the %s copy, the same script', async (accept, encoding, decode) => {
    const response = await app.inject({
      url: '/assets/app-abc123.js',
      headers: { 'accept-encoding': accept },
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-encoding']).toBe(encoding);
    expect(response.headers['content-type']).toMatch(/javascript/);
    expect(response.headers['cache-control']).toContain('immutable');
    expect(decode(response.rawPayload).toString()).toBe(script);
    if (encoding) expect(response.rawPayload.length).toBeLessThan(script.length / 4);
  });

  it('answers client-side routes with the app shell, never cached', async () => {
    const response = await app.inject({ url: '/exercises/ex-eye-gazing' });
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain('<title>Hearth</title>');
    expect(response.headers['cache-control']).toBe('no-cache');
  });
});
