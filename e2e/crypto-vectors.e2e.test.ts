import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import * as api from '../packages/crypto/src/index.js';
import { reproduceVectors, type Vectors } from '../packages/crypto/test/reproduce-vectors.js';
import { launchChromium } from './browser.js';

// The fixtures in packages/crypto/test/vectors.json, recomputed inside real Chromium from the
// browser bundle of @hearth/crypto, must match Node byte for byte: a stored ciphertext written
// by one runtime has to open in the other.

const path = (p: string) => fileURLToPath(new URL(p, import.meta.url));
const vectors = JSON.parse(readFileSync(path('../packages/crypto/test/vectors.json'), 'utf8')) as Vectors;

async function bundle(entry: string, globalName: string): Promise<string> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    format: 'iife',
    globalName,
    write: false,
    platform: 'browser',
    target: 'es2022',
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

it('crypto envelope fixtures produce identical bytes in Chromium and Node', async () => {
  const cryptoBundle = await bundle(path('../packages/crypto/src/index.ts'), 'HearthCrypto');
  // reproduce-vectors.ts only type-imports the library, so this bundle holds just the fixture
  // driver; it calls whatever api it is given (here the browser bundle above).
  const driverBundle = await bundle(path('../packages/crypto/test/reproduce-vectors.ts'), 'HearthVectors');

  const page = await browser.newPage();
  try {
    await page.goto('about:blank');
    await page.addScriptTag({ content: cryptoBundle });
    await page.addScriptTag({ content: driverBundle });

    // A string expression (not a function) so nothing from the test transpiler leaks into the page.
    const fromBrowser = JSON.parse(
      await page.evaluate<string>(`(() => {
        const v = ${JSON.stringify(vectors)};
        const c = globalThis.HearthCrypto;
        const reproduced = globalThis.HearthVectors.reproduceVectors(c, v);
        const opened = v.envelopes.map((e) => c.toHex(c.open(c.fromHex(e.key), e.expected.envelope, e.aad)));
        const key = c.randomBytes(32);
        const aad = { scope: 'user', ownerId: 'u', recordId: 'r', recordType: 'record', authorId: 'u', version: 0 };
        const roundTrip = c.fromUtf8(c.open(key, c.seal(key, 'k', c.utf8('héllo'), aad), aad));
        let tampered = 'opened';
        try { c.open(key, 'v2' + c.seal(key, 'k', c.utf8('x'), aad).slice(2), aad); } catch (e) { tampered = e.code + '|' + e.message; }
        return JSON.stringify({ reproduced, opened, roundTrip, tampered, ranWithoutBuffer: typeof globalThis.Buffer === 'undefined' });
      })()`),
    ) as {
      reproduced: Vectors;
      opened: string[];
      roundTrip: string;
      tampered: string;
      ranWithoutBuffer: boolean;
    };

    const fromNode = reproduceVectors(api, vectors);
    expect(fromNode).toEqual(vectors);
    expect(fromBrowser.reproduced).toEqual(fromNode);
    expect(fromBrowser.opened).toEqual(vectors.envelopes.map((e) => e.plaintext));
    expect(fromBrowser.roundTrip).toBe('héllo');
    expect(fromBrowser.tampered).toBe(`HEARTH_DECRYPT_FAILED|${api.DECRYPT_FAILED_MESSAGE}`);
    expect(fromBrowser.ranWithoutBuffer).toBe(true); // no Node Buffer polyfill was needed
  } finally {
    await page.close();
  }
});
