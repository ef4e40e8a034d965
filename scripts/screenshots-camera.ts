// Takes one screen in every size and colour scheme, and writes the page that shows them all.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { applyVariant, VARIANTS } from '../e2e/support/view-variants';

export interface Shot {
  file: string;
  title: string;
}

export interface Camera {
  /** The screen as it is now, in every variant; the page goes back to the phone in light mode after. */
  shoot(page: Page, file: string, title: string): Promise<void>;
  /** Writes index.html and returns its path. */
  finish(): string;
}

export function createCamera(outDir: string): Camera {
  rmSync(outDir, { recursive: true, force: true });
  for (const variant of VARIANTS) mkdirSync(join(outDir, variant.folder), { recursive: true });
  const shots: Shot[] = [];
  return {
    async shoot(page, file, title) {
      if (shots.some((shot) => shot.file === file)) throw new Error(`two screenshots named ${file}`);
      for (const variant of VARIANTS) {
        await applyVariant(page, variant);
        // The whole page in one picture: a window as tall as the page, not a stitched full-page
        // capture, so bars fixed to the bottom of the screen sit at the bottom, not over content.
        const height = await page.evaluate(() => document.documentElement.scrollHeight);
        if (height > variant.height) await applyVariant(page, { ...variant, height });
        await page.screenshot({
          path: join(outDir, variant.folder, `${file}.png`),
          // Finite transitions jump to their end and endless ones stop: no half-faded cards.
          animations: 'disabled',
        });
      }
      await applyVariant(page, VARIANTS[0]!);
      shots.push({ file, title });
      console.log(`screenshots: ${file}`);
    },
    finish() {
      const path = join(outDir, 'index.html');
      writeFileSync(path, indexHtml(shots));
      return path;
    },
  };
}

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function indexHtml(shots: Shot[]): string {
  const rows = shots
    .map((shot) => {
      const cells = VARIANTS.map((variant) => {
        const src = `${variant.folder}/${shot.file}.png`;
        return `<figure><a href="${src}"><img src="${src}" alt="${escapeHtml(`${shot.title}, ${variant.folder}`)}" loading="lazy"></a><figcaption>${variant.folder}</figcaption></figure>`;
      }).join('');
      return `<section id="${shot.file}"><h2>${escapeHtml(shot.title)} <small>${shot.file}.png</small></h2><div class="row">${cells}</div></section>`;
    })
    .join('\n');
  const contents = shots
    .map((shot) => `<li><a href="#${shot.file}">${escapeHtml(shot.title)}</a></li>`)
    .join('');
  return `<!doctype html>
<html lang="en">
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Hearth screenshots</title>
<style>
  body { font: 15px/1.5 system-ui, sans-serif; margin: 2rem; background: #f4f1ec; color: #222; }
  .row { display: flex; gap: 1rem; align-items: flex-start; overflow-x: auto; }
  figure { margin: 0; flex: none; }
  img { display: block; border: 1px solid #ccc; background: #fff; }
  figure:nth-child(-n + 2) img { width: 195px; }
  figure:nth-child(n + 3) img { width: 480px; }
  figcaption, small { color: #666; font-size: 0.85em; }
  section { margin-bottom: 2.5rem; }
  ul { columns: 3; }
</style>
<h1>Hearth screenshots</h1>
<p>Taken ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC by <code>npm run screenshots</code>: phone 390 × 844 and desktop 1280 × 800, light and dark, whole pages. Click a picture for full size.</p>
<ul>${contents}</ul>
${rows}
</html>
`;
}
