import { chromium, type Browser } from 'playwright-core';

export const chromiumPath = process.env.HEARTH_CHROMIUM ?? '/usr/bin/chromium';

// Flags: the machines here have no network; background services would only fail noisily.
export async function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}
