import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { createAccount, openNav, writeNote } from './support/app-actions';
import { hearthSuite } from './support/hearth-suite';

interface ManifestIcon {
  src: string;
  sizes: string;
  type?: string;
  purpose?: string;
}

/** Width and height from a PNG's IHDR chunk; null when the bytes are not a PNG. */
function pngSize(bytes: Buffer): { width: number; height: number } | null {
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (bytes.length < 24 || !bytes.subarray(0, 8).equals(signature)) return null;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** Resolves once a service worker for this page's scope is active (precache done). */
async function serviceWorkerActive(page: Page): Promise<string> {
  return page.evaluate(async () => (await navigator.serviceWorker.ready).active?.scriptURL ?? '');
}

describe('installable and offline: manifest, service worker, offline reload', () => {
  const suite = hearthSuite();

  it('the web app manifest is served with a name and real 192 and 512 pixel PNG icons', async () => {
    const context = await suite.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${suite.server.baseUrl}/`);
    const href = await page.locator('link[rel="manifest"]').getAttribute('href');
    expect(href).toBeTruthy();

    const response = await fetch(new URL(href!, suite.server.baseUrl));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type') ?? '').toMatch(/json/);
    const manifest = (await response.json()) as {
      name?: string;
      short_name?: string;
      start_url?: string;
      display?: string;
      icons?: ManifestIcon[];
    };
    expect(manifest.name).toBe('Hearth');
    expect(manifest.short_name?.length ?? 0).toBeGreaterThan(0);
    expect(manifest.start_url).toBe('/');
    expect(manifest.display).toBe('standalone');

    for (const size of [192, 512]) {
      const icon = manifest.icons?.find(
        (i) => i.sizes === `${size}x${size}` && i.type === 'image/png' && !i.purpose,
      );
      expect(icon, `a ${size}×${size} PNG icon`).toBeDefined();
      const image = await fetch(new URL(icon!.src, suite.server.baseUrl));
      expect(image.status).toBe(200);
      expect(image.headers.get('content-type')).toMatch(/^image\/png/);
      expect(pngSize(Buffer.from(await image.arrayBuffer()))).toEqual({ width: size, height: size });
    }
    await context.close();
  });

  it('the service worker registers for the whole app and controls it after a reload', async () => {
    const context = await suite.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${suite.server.baseUrl}/`);
    await page.getByRole('heading', { name: 'Welcome to Hearth' }).waitFor();
    expect(await serviceWorkerActive(page)).toBe(`${suite.server.baseUrl}/sw.js`);
    const scope = await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.scope);
    expect(scope).toBe(`${suite.server.baseUrl}/`);

    await page.reload();
    await page.getByRole('heading', { name: 'Welcome to Hearth' }).waitFor();
    expect(await page.evaluate(() => navigator.serviceWorker.controller?.state)).toBe('activated');
    await context.close();
  });

  it('reloading while offline still opens the app and shows the notes, unlocked by the device key', async () => {
    const olga = await createAccount(suite.browser, suite.server.baseUrl, 'Olga');
    await openNav(olga.page, 'Notes');
    await writeNote(olga.page, 'Notes to self', 'readable without a network');
    await serviceWorkerActive(olga.page);
    await expect.poll(() => olga.page.getByText('Saving…').count(), { timeout: 15_000 }).toBe(0);
    const countServerRecords = () =>
      olga.page.evaluate(async () => {
        const response = await fetch('/api/sync?cursor=0&limit=500');
        return ((await response.json()) as { records: unknown[] }).records.length;
      });
    const storedBefore = await countServerRecords();

    await olga.context.setOffline(true);
    await olga.page.reload();
    await olga.page.getByRole('heading', { name: 'Notes', exact: true }).waitFor({ timeout: 30_000 });
    await olga.page
      .getByRole('list', { name: 'Notes to self' })
      .getByText('readable without a network')
      .waitFor();
    // The app knows it is offline (the server could not be asked), yet did not ask for the password.
    await olga.page.getByText('Offline — showing what is saved on this device.').waitFor();
    expect(await olga.page.getByRole('heading', { name: 'Unlock Hearth' }).count()).toBe(0);

    // A note written offline waits, then reaches the server once the network is back.
    await writeNote(olga.page, 'Notes to self', 'written while offline');
    await olga.page
      .getByText('Offline — your changes are saved here and will sync when you are back online.')
      .waitFor();
    await olga.context.setOffline(false);
    await expect.poll(countServerRecords, { timeout: 30_000 }).toBe(storedBefore + 1);
    await expect.poll(() => olga.page.getByText(/^Offline/).count(), { timeout: 15_000 }).toBe(0);
    await olga.context.close();
  });

  it('a push shows only a discreet reminder, whatever it carries', async () => {
    const pia = await createAccount(suite.browser, suite.server.baseUrl, 'Pia');
    await pia.context.grantPermissions(['notifications'], { origin: suite.server.baseUrl });
    await pia.page.evaluate(async () => void (await navigator.serviceWorker.ready));
    await openNav(pia.page, 'Settings');
    await pia.page.getByRole('link', { name: 'Reminder settings' }).click();
    await pia.page.getByRole('button', { name: 'Allow notifications' }).click();
    // Headless Chromium has no push service to subscribe with; a browser that has one turns on.
    await pia.page
      .getByText(
        /^(Notifications are on for this device|This browser could not reach its notification service)/,
      )
      .waitFor({ timeout: 15_000 });
    expect(await pia.page.getByRole('alert').count()).toBe(0);

    // The push itself is delivered through DevTools, the way a push service would hand it over.
    const cdp = await pia.context.newCDPSession(pia.page);
    const registrations = new Promise<{ registrationId: string; scopeURL: string }[]>((resolve) =>
      cdp.on('ServiceWorker.workerRegistrationUpdated', (event) => resolve(event.registrations)),
    );
    await cdp.send('ServiceWorker.enable');
    const registration = (await registrations).find((r) => r.scopeURL === `${suite.server.baseUrl}/`);
    expect(registration).toBeDefined();
    await cdp.send('ServiceWorker.deliverPushMessage', {
      origin: suite.server.baseUrl,
      registrationId: registration!.registrationId,
      data: JSON.stringify({ v: 1, text: 'something private that must never show' }),
    });
    await expect
      .poll(() =>
        pia.page.evaluate(async () =>
          (await (await navigator.serviceWorker.ready).getNotifications()).map((n) => ({
            title: n.title,
            body: n.body,
          })),
        ),
      )
      .toEqual([{ title: 'Hearth', body: 'A gentle reminder' }]);
    await pia.context.close();
  });
});
