import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { repoRoot } from './lib/paths';
import { round } from './lib/stats';

export interface ChunkSize {
  file: string;
  rawKb: number;
  gzipKb: number;
}

export interface BundleResults {
  date: string;
  status: 'ok' | 'build-failed';
  /** JS the first screen loads: the module script and modulepreload links in dist/index.html. */
  initialJsGzipKb?: number;
  initialJsRawKb?: number;
  initialCssGzipKb?: number;
  initialFiles?: ChunkSize[];
  /** Every lazily loaded chunk with what it pulls in beyond the initial set (its static imports). */
  lazyChunks?: Array<ChunkSize & { withImportsGzipKb: number }>;
  totalJsGzipKb?: number;
  buildSeconds?: number;
  error?: string;
}

const webDir = resolve(repoRoot, 'apps/web');
const distDir = join(webDir, 'dist');
const kb = (bytes: number) => round(bytes / 1024, 1);
// Level 9: the best a static host can precompress; the figure is what travels over the wire.
const gzipBytes = (data: Buffer) => gzipSync(data, { level: 9 }).length;

/** Builds the web app with the project's own script, then weighs what the first screen downloads. */
export function runBundle(log: (line: string) => void): BundleResults {
  const date = new Date().toISOString();
  log('bundle: npm run build:web');
  const started = performance.now();
  const build = spawnSync('npm', ['run', 'build:web'], { cwd: repoRoot, encoding: 'utf8', timeout: 300_000 });
  const buildSeconds = round((performance.now() - started) / 1000, 1);
  if (build.status !== 0 || !existsSync(join(distDir, 'index.html'))) {
    const output = `${build.stdout ?? ''}\n${build.stderr ?? ''}`.trim().split('\n').slice(-25).join('\n');
    log(`bundle: the web app does not build yet:\n${output}`);
    return { date, status: 'build-failed', buildSeconds, error: output || String(build.error) };
  }

  const html = readFileSync(join(distDir, 'index.html'), 'utf8');
  const initialJs = [
    ...matchAll(html, /<script[^>]*type="module"[^>]*src="([^"]+)"/g),
    ...matchAll(html, /<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g),
  ];
  const initialCss = matchAll(html, /<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g);
  const initialFiles = initialJs.map(sizeOf);
  const initialSet = new Set(initialJs.map((href) => href.replace(/^\//, '')));

  const assetsDir = join(distDir, 'assets');
  const allJs = readdirSync(assetsDir)
    .filter((file) => file.endsWith('.js'))
    .map((file) => `assets/${file}`);
  const lazyChunks = allJs
    .filter((file) => !initialSet.has(file))
    .map((file) => {
      const closure = staticClosure(file).filter((dep) => !initialSet.has(dep));
      return {
        ...sizeOf(file),
        withImportsGzipKb: round(
          closure.reduce((sum, dep) => sum + sizeOf(dep).gzipKb, 0),
          1,
        ),
      };
    })
    .sort((a, b) => b.withImportsGzipKb - a.withImportsGzipKb);

  const sum = (files: ChunkSize[], pick: (c: ChunkSize) => number) =>
    round(
      files.reduce((s, c) => s + pick(c), 0),
      1,
    );
  const results: BundleResults = {
    date,
    status: 'ok',
    initialJsGzipKb: sum(initialFiles, (c) => c.gzipKb),
    initialJsRawKb: sum(initialFiles, (c) => c.rawKb),
    initialCssGzipKb: sum(initialCss.map(sizeOf), (c) => c.gzipKb),
    initialFiles,
    lazyChunks,
    totalJsGzipKb: sum(allJs.map(sizeOf), (c) => c.gzipKb),
    buildSeconds,
  };
  log(
    `bundle: initial JS ${results.initialJsGzipKb} KB gzip (${initialFiles.map((f) => f.file).join(', ')})`,
  );
  return results;
}

function matchAll(text: string, pattern: RegExp): string[] {
  return [...text.matchAll(pattern)].map((match) => match[1]!);
}

function sizeOf(href: string): ChunkSize {
  const file = href.replace(/^\//, '');
  const data = readFileSync(join(distDir, file));
  return { file, rawKb: kb(data.length), gzipKb: kb(gzipBytes(data)) };
}

/** A chunk and every chunk it imports statically (minified `import … from"./x.js"` statements). */
function staticClosure(file: string): string[] {
  const seen = new Set<string>([file]);
  const queue = [file];
  while (queue.length > 0) {
    const current = queue.pop()!;
    const code = readFileSync(join(distDir, current), 'utf8');
    for (const match of code.matchAll(
      /(?:^|[;\n}])\s*(?:import|export)\s*(?:[\w$*{}\s,]*?from\s*)?["']\.\/([\w.-]+\.js)["']/g,
    )) {
      const dep = `assets/${match[1]!}`;
      if (!seen.has(dep) && existsSync(join(distDir, dep))) {
        seen.add(dep);
        queue.push(dep);
      }
    }
  }
  return [...seen];
}
