import { appendFileSync, existsSync, writeFileSync } from 'node:fs';
import type { BundleResults } from '../bundle';
import type { ClientResults } from '../client/run-client';
import { renderLoad, renderProfile, TARGETS } from './markdown-load';
import { renderPage, renderToday } from './markdown-page';
import { table, verdict } from './markdown-table';
import type { Part } from './options';
import { resultsMdPath } from './paths';
import type { BenchResults } from './results';

const INTRO = `# Hearth benchmark results

Benchmarks measure and record; they never fail a build. Every run appends a dated section below
and rewrites \`bench/results.json\` (parts not run keep their previous figures).

## How to run

- \`npm run bench\` — every part: load, bundle, client, profile, page.
- \`npm run bench -- load\` / \`bundle\` / \`client\` / \`profile\` / \`page\` — one part.
- \`npm run bench -- load --quick\` — 1 repetition of 3 s and a small seed: a sanity run in about a minute
  (\`client --quick\`, \`page --quick\`: 1,000 records over 50 days, one run each).
- Sizes and settings are flags: \`--couples=N --history=N --measured=N --measured-history=N\`
  (PostgreSQL seed), \`--pglite-couples=N --pglite-history=N\`, \`--duration=S --reps=N
  --connections=N --warmup=S\`, \`--db=postgres|pglite|both\`, \`--pg-url=…\`, \`--keep\`.
- PostgreSQL: a fresh database \`hearth_bench_<timestamp>\` is created on
  postgres://postgres@127.0.0.1:5432 and dropped at the end. PGlite: a data directory under
  \`bench/.tmp/\`, removed at the end.

## What the figures mean

- **load**: autocannon (programmatic) on loopback, 100 connections, 10 s × 3 repetitions, median
  reported, after a short warm-up. Every server under test runs in its own child process. Figures:
  requests per second, p50 and p99 latency (ms), errors (non-2xx answers + connection errors and
  timeouts), server RSS (VmRSS at the end of the scenario), and the ratio to the raw
  \`node:http\` hello measured in the same run (the machine's ceiling). Because other work on a
  shared machine steals CPU from a run, each figure also carries the cores the server, its
  PostgreSQL backends and the load generator used, *req/s per core* (req/s ÷ cores busy in
  server + database, which holds up under contention) and the load average before each run.
  - *sync pull*: \`GET /api/sync?cursor=<c>&limit=50\` with a session cookie; every request reads
    a full page of 50 records from a random point of that person's history.
  - *record write*: \`PUT /api/records/<fresh uuid>\` version 1, couple or private scope (5:2), a
    body from a pool of envelopes sealed up front with @hearth/crypto (sealing per request would
    make the load generator the bottleneck; the server only checks envelope syntax, so the AAD of
    a pooled body naming another record id makes no difference to its work).
  - *daily mix*: 70 % pulls, 30 % writes; reveal and touch join when those endpoints exist.
  - Each of the 100 connections is a different person (50 couples); sessions are real rows.
- **bundle**: \`npm run build:web\`, then gzip -9 (node:zlib) of the JS the first screen loads
  (the module script and modulepreload links in \`dist/index.html\`) and of every lazy chunk with
  the static imports it adds. KB = 1024 bytes.
- **client**: @hearth/crypto and @serenity-kit/opaque bundled with esbuild and run in headless
  Chromium: sealing and opening a year of history (7,000 records of ~500 bytes), and the
  client-side work of sign-up and sign-in (OPAQUE with its default Argon2id, key derivation and
  wrapping; the server's OPAQUE steps run in the page too but are not counted). Also with the CPU
  throttled 4× (CDP \`Emulation.setCPUThrottlingRate\`).
  - *sync pull of 10,000 records*: a fresh device's first sync, timed from the first request to
    the last record decrypted. A real server child on a fresh PGlite directory; one person signed
    up with OPAQUE over HTTP; 10,000 private records (~500 bytes) sealed in Node with that
    person's PDK and inserted by SQL while the server is stopped. The page is opened on the
    server's own origin (\`http://localhost:<port>\`) with the session cookie, fetches
    \`/api/sync?limit=500\` page after page until \`hasMore\` is false and runs \`openRecord\` on
    every record. One warm-up pull, then the median of 3; the 4× throttled run slows the page only,
    not the server.
  - *Today through the real UI*: \`npm run build:web\`, then a real server child on a fresh PGlite
    directory. Alice and Bob sign up and pair through the UI (the e2e helpers), a year of their
    practices (7,000 records: check-ins, thank-yous, touches, question replies, letters,
    device-free times, notes; and both daily-question answers on most days) is sealed in Node
    under their real keys and stored by SQL, and the server starts again on the same port. Then:
    Alice signs in on a fresh device (the year is pulled and decrypted) and reloads Today with the
    year on the device, at normal speed and 4× throttled; sign-up and sign-in of someone new
    through the UI. "Interactive" is defined in bench/client/today-interactive.ts and quoted
    with the figures.
- **page**: Lighthouse (the \`lighthouse\` package) with its default mobile settings against
  Debian's Chromium started with a DevTools port; the production build served by the real
  server. The sign-in screen for someone signed out, and Today for Alice of the same seeded
  couple, signed in through the UI in that browser profile first (Lighthouse's reset keeps
  cookies and IndexedDB). 3 runs per page, the run with the median score reported.
- **profile**: the server child runs with a small preload (\`bench/load/profiler-preload.ts\`) that
  starts and stops V8's sampling profiler on request, so the profile covers the steady state of a
  sync pull run only; the summary lists self time by function and by package.

## Seed (what the load runs against)

- **PostgreSQL (default)**: 10,000 couples (20,000 people). The 50 *measured* couples, whose
  100 people the load signs in as, have a year of heavy use: 7,000 records each (≈ 19 a day). The
  other 9,950 couples have a year of light use: 365 records each. About 4.0 M records, 4.05 M rows,
  4.5 GB; seeding takes 2–5 minutes on this machine.
- **Why not a full year for all 10,000 couples** (≈ 70 M records): seeding runs at ≈ 35k rows/s
  here and the data takes ≈ 1.1 KB per record with its indexes, so it would need well over half an
  hour and ≈ 75 GB of disk — all the space this machine has free. What the pull costs depends mostly on
  the measured person's own history (which is a full year) and on the table being big enough not
  to sit in shared buffers (4.5 GB against 128 MB), both of which hold. The sizes are flags:
  \`--couples --history --measured --measured-history\`.
- **How**: multi-row \`INSERT … SELECT\` over \`generate_series\`, 200k rows per statement, with
  foreign-key triggers off during the seed (\`session_replication_role = replica\`; the rows are
  consistent by construction), the history of all couples interleaved in \`seq\` order (so, as in
  real life, one couple's records are spread over the whole table), then \`VACUUM ANALYZE\`. Bulk
  records reuse 32 real envelopes sealed under a throwaway key (valid v1 syntax; they do not
  decrypt). One measured couple is real: both people sign up with OPAQUE through the API (the
  server runs in-process on the same database for this), pair through an invite, and get 7,000
  records sealed under their own keys (inserted by SQL). The other measured people get session
  rows written as the server writes them (only the SHA-256 of a random token is stored).
- **PGlite (default)**: 1,000 couples — 950 × 365 records and 50 measured × 7,000 — about 0.7 M
  records and 790 MB, seeded in 0.5–1 minute. PGlite is the embedded single-process database for
  one household or a small group; a 10,000-couple PGlite would mostly measure the seeding.
- **Quick mode**: PostgreSQL 200 couples (180 × 50 + 20 × 1,000), PGlite 100 couples
  (80 × 50 + 20 × 1,000).

## Targets

| figure | target |
|---|---|
| sync pull on PostgreSQL | ≥ 25 % of the raw hello, p99 < 25 ms |
| sync pull on PGlite | ≥ 10 % of the raw hello |
| initial JS | ≤ 100 KB gzip (foundation budget 150 KB) |
| a year of history on screen, 4× throttled | < 500 ms |
| Lighthouse mobile performance (sign-in, Today) | ≥ 95 |

# Runs
`;

/** Appends one dated section for this run; creates the file with its introduction first if needed. */
export function appendRunSection(
  results: BenchResults,
  parts: Part[],
  failures: Record<string, string>,
): void {
  if (!existsSync(resultsMdPath)) writeFileSync(resultsMdPath, INTRO);
  appendFileSync(resultsMdPath, `\n${renderSection(results, parts, failures)}\n`);
}

function renderSection(results: BenchResults, parts: Part[], failures: Record<string, string>): string {
  const m = results.machine;
  const out = [
    `## Run of ${results.date.replace('T', ' ').slice(0, 16)} UTC — ${parts.join(', ')}`,
    '',
    `Machine: ${m.cores} cores (${m.cpuModel}), ${m.memoryGb} GB memory, Node ${m.node}, ${m.os}. Load average at start: ${m.loadAverageAtStart}.`,
  ];
  for (const [part, error] of Object.entries(failures))
    out.push('', `**${part} failed:** ${error.split('\n')[0]}`);
  if (parts.includes('load') && results.load) out.push('', renderLoad(results.load));
  if (parts.includes('bundle') && results.bundle) out.push('', renderBundle(results.bundle));
  if (parts.includes('client') && results.client) out.push('', renderClient(results.client));
  if (parts.includes('profile') && results.profile) out.push('', renderProfile(results.profile));
  if (parts.includes('page') && results.page) out.push('', renderPage(results.page));
  return out.join('\n');
}

function renderBundle(bundle: BundleResults): string {
  if (bundle.status !== 'ok') {
    return [
      '### Bundle',
      '',
      '**The web app did not build**, so there are no bundle figures this run:',
      '',
      '```',
      bundle.error ?? '',
      '```',
    ].join('\n');
  }
  const initial = bundle.initialJsGzipKb!;
  return [
    '### Bundle',
    '',
    table(
      ['figure', 'gzip KB', 'raw KB', 'target'],
      [
        [
          'initial JS (first screen)',
          initial,
          bundle.initialJsRawKb,
          `≤ ${TARGETS.initialJsGzipKb}: ${verdict(initial <= TARGETS.initialJsGzipKb)}; foundation ≤ ${TARGETS.initialJsFoundationKb}: ${verdict(initial <= TARGETS.initialJsFoundationKb)}`,
        ],
        ['initial CSS', bundle.initialCssGzipKb, null, '–'],
        ['all JS chunks together', bundle.totalJsGzipKb, null, '–'],
      ],
    ),
    '',
    `Initial files: ${bundle.initialFiles!.map((f) => `\`${f.file}\` ${f.gzipKb} KB`).join(', ')}. Build took ${bundle.buildSeconds} s.`,
    '',
    'Largest lazy chunks (gzip KB, and with the static imports they add beyond the initial set):',
    '',
    table(
      ['chunk', 'gzip KB', 'with imports'],
      bundle.lazyChunks!.slice(0, 10).map((c) => [`\`${c.file}\``, c.gzipKb, c.withImportsGzipKb]),
    ),
  ].join('\n');
}

function renderClient(client: ClientResults): string {
  const year = `${client.yearRecords.toLocaleString('en')} × ${client.recordBytes} B`;
  return [
    `### Client (${client.browser}, headless)`,
    '',
    table(
      ['figure', 'normal CPU', '4× throttled', 'target'],
      [
        [
          `decrypt a year (${year})`,
          `${client.decryptYearMs} ms (${client.decryptRecordsPerS.toLocaleString('en')} records/s, ${client.decryptMBPerS} MB/s)`,
          `${client.throttled4x.decryptYearMs} ms`,
          `year on screen < ${TARGETS.yearOnScreenThrottledMs} ms throttled: decryption alone ${verdict(client.throttled4x.decryptYearMs < TARGETS.yearOnScreenThrottledMs)}`,
        ],
        [
          `sync pull of ${client.syncPull?.records.toLocaleString('en') ?? '10,000'} records, until decrypted`,
          syncPullFigure(client),
          client.throttled4x.syncPull10kMs === null ? null : `${client.throttled4x.syncPull10kMs} ms`,
          '–',
        ],
        [
          `encrypt a year (${year})`,
          `${client.encryptYearMs} ms (${client.encryptRecordsPerS.toLocaleString('en')} records/s, ${client.encryptMBPerS} MB/s)`,
          null,
          '–',
        ],
        [
          'sign-up, client work (2 × OPAQUE + Argon2id, keys)',
          `${client.signUpMs} ms`,
          `${client.throttled4x.signUpMs} ms`,
          '–',
        ],
        [
          'sign-in, client work (OPAQUE + Argon2id, unwrap)',
          `${client.signInMs} ms`,
          `${client.throttled4x.signInMs} ms`,
          '–',
        ],
      ],
    ),
    '',
    `Median of 3 runs (throttled: 1 run). Page bundle ${client.bundleKb} KB (crypto + OPAQUE, minified).`,
    client.syncPull
      ? `Sync pull: ${client.syncPull.pages} pages of ${client.syncPull.pageSize}; of the median pull, waiting for pages (and parsing their JSON) took ${client.syncPull.fetchMs} ms and \`openRecord\` ${client.syncPull.openMs} ms. Seed: ${client.syncPull.seed}, ${client.syncPull.seedSeconds} s.`
      : '',
    '',
    client.today
      ? renderToday(client.today)
      : `**Today through the real UI failed:** ${client.todayError ?? 'not measured'}`,
  ].join('\n');
}

function syncPullFigure(client: ClientResults): string {
  if (client.syncPull10kMs === null || client.syncPull10kRecordsPerSec === null)
    return `failed: ${client.syncPullError ?? 'not measured'}`;
  return `${client.syncPull10kMs} ms (${client.syncPull10kRecordsPerSec.toLocaleString('en')} records/s)`;
}
