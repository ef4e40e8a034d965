import { TODAY_INTERACTIVE_DEFINITION } from '../client/today-interactive';
import type { TodayResults, TodayAtRate } from '../client/today-bench';
import type { PageFigure } from '../page/lighthouse-run';
import type { PageResults } from '../page/run-page';
import { TARGETS } from './markdown-load';
import { table, verdict } from './markdown-table';

const ms = (value: number) => `${value.toLocaleString('en')} ms`;

function pageRow(name: string, figure: PageFigure) {
  return [
    name,
    `**${figure.performance}** (runs: ${figure.scores.join(', ')})`,
    ms(figure.lcpMs),
    ms(figure.tbtMs),
    ms(figure.fcpMs),
    ms(figure.speedIndexMs),
    figure.cls,
    `≥ ${TARGETS.lighthouseMobile}: ${verdict(figure.performance >= TARGETS.lighthouseMobile)}`,
  ];
}

export function renderPage(page: PageResults): string {
  const notes = (name: string, figure: PageFigure) => {
    const lines = [
      `- ${name}: downloaded ${figure.transferKb.toLocaleString('en')} KB, of which script ${figure.scriptTransferKb.toLocaleString('en')} KB (as sent). ` +
        `LCP element ${figure.lcpElement ? `\`${figure.lcpElement}\`` : 'not reported'}.`,
    ];
    if (figure.opportunities.length > 0)
      lines.push(
        `  Lighthouse's larger opportunities (estimated LCP saving): ${figure.opportunities.map((o) => `${o.title} (≈ ${ms(o.savingsMs)})`).join('; ')}.`,
      );
    if (figure.warnings.length > 0) lines.push(`  Warnings: ${figure.warnings.join(' ')}`);
    lines.push(`  Report: \`${figure.report}\`.`);
    return lines.join('\n');
  };
  return [
    `### Page (Lighthouse ${page.lighthouse}, ${page.browser}, headless)`,
    '',
    `Lighthouse's default mobile run (emulated phone screen, simulated slow 4G and 4× CPU), performance category only, ` +
      `${page.runs} run${page.runs === 1 ? '' : 's'} per page; the figures are from the run with the median score. ` +
      `Production build served by the real server on loopback. Lighthouse's CPU benchmark of this machine: ${page.signIn.benchmarkIndex} / ${page.today.benchmarkIndex}.`,
    '',
    table(
      ['page', 'performance', 'LCP', 'TBT', 'FCP', 'Speed Index', 'CLS', 'target'],
      [
        pageRow('sign-in (`/signin`, signed out)', page.signIn),
        pageRow('Today (`/`, signed in, a year on the device)', page.today),
      ],
    ),
    '',
    `Today: Alice signed in through the UI in the same Chromium profile first, and waited until her partner's card showed ` +
      `(the year pulled and decrypted); Lighthouse's own reset then cleared the service worker, Cache Storage and the HTTP cache ` +
      `but, as always, not cookies or IndexedDB: a cold load of the app for someone who is signed in, with the year in IndexedDB. ` +
      `Seed: ${page.today.seed}.`,
    '',
    notes('Sign-in', page.signIn),
    notes('Today', page.today),
  ].join('\n');
}

function timingCell(t: {
  interactiveMs: number;
  visibleMs: number;
  longTaskMs: number;
  longestTaskMs: number;
}) {
  return `${ms(t.interactiveMs)} (on screen ${ms(t.visibleMs)}; long tasks ${ms(t.longTaskMs)}, longest ${ms(t.longestTaskMs)})`;
}

function reloadCell(rate: TodayAtRate) {
  const runs = rate.reloadRuns.length > 1 ? `; runs ${rate.reloadRuns.join(', ')}` : '';
  return `${timingCell(rate.reload)}${runs}`;
}

function uiRows(today: TodayResults): string[][] {
  const { signUpUi, signInUi } = today;
  if (!signUpUi || !signInUi)
    return [
      ['sign-up and sign-in through the UI', `failed: ${today.uiAuthError ?? 'not measured'}`, '–', '–'],
    ];
  return [
    ['sign-up through the UI (open the app → Today)', ms(signUpUi.normalMs), ms(signUpUi.throttled4xMs), '–'],
    [
      'sign-in through the UI, no history (open `/signin` → Today)',
      `${ms(signInUi.normalMs)} (after submitting: ${ms(signInUi.normalAfterSubmitMs)})`,
      `${ms(signInUi.throttled4xMs)} (after submitting: ${ms(signInUi.throttled4xAfterSubmitMs)})`,
      '–',
    ],
  ];
}

export function renderToday(today: TodayResults): string {
  const target = TARGETS.yearOnScreenThrottledMs;
  const lines = [
    `Today with a year of history through the real UI (production build, real server, phone viewport 390 × 844):`,
    '',
    table(
      ['figure', 'normal CPU', '4× throttled', 'target'],
      [
        [
          'Today interactive, year on the device (reload)',
          reloadCell(today.normal),
          reloadCell(today.throttled4x),
          `< ${target} ms throttled: ${verdict(today.throttled4x.reload.interactiveMs < target)}`,
        ],
        [
          'Today interactive, fresh device (sign-in submitted → year pulled, decrypted, shown)',
          timingCell(today.normal.freshDevice),
          timingCell(today.throttled4x.freshDevice),
          '–',
        ],
        ...uiRows(today),
      ],
    ),
    '',
    `*Interactive*: ${TODAY_INTERACTIVE_DEFINITION} Reloads are timed from navigation start (the service worker serves the app ` +
      `shell; one uncounted reload first), the fresh device from the sign-in form's submit event. Sign-up and sign-in are ` +
      `timed from Node around the e2e helpers (typing is instant; loading the screen counts).`,
    '',
    `Seed: ${today.seed}, ${today.seedSeconds} s.`,
  ];
  const profile = today.profile;
  if (profile) {
    lines.push(
      '',
      `CPU profile of one 4× throttled reload (${ms(profile.durationMs)}, \`${profile.file}\`; minified names), self time by script:`,
      '',
      table(
        ['script', 'self ms', 'share'],
        profile.byFile.map((f) => [
          f.file.startsWith('assets/') ? `\`${f.file}\`` : f.file,
          f.selfMs,
          `${f.percent} %`,
        ]),
      ),
    );
  }
  return lines.join('\n');
}
