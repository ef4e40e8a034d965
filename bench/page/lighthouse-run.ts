import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import lighthouse, { type Flags, type Result } from 'lighthouse';
import { tmpDir } from '../lib/paths';
import { median, round } from '../lib/stats';

/** One page's Lighthouse figures: the run with the median performance score (Lighthouse's advice). */
export interface PageFigure {
  /** 0–100. */
  performance: number;
  lcpMs: number;
  tbtMs: number;
  fcpMs: number;
  speedIndexMs: number;
  cls: number;
  /** Every run's score, in order, to show the spread. */
  scores: number[];
  /** What Lighthouse took as the largest contentful paint (a CSS selector and the start of its text). */
  lcpElement: string | null;
  /** The larger opportunities Lighthouse names for this page, with their estimated saving of LCP (or FCP, TBT). */
  opportunities: Array<{ title: string; savingsMs: number }>;
  /** What the page load downloaded (transfer sizes, as sent: compressed only if the server compressed). */
  transferKb: number;
  scriptTransferKb: number;
  /** Lighthouse's CPU benchmark of this machine (its mobile throttling assumes about 1,000+). */
  benchmarkIndex: number;
  lighthouseVersion: string;
  warnings: string[];
  /** The median run's HTML report (bench/.tmp, not committed). */
  report: string;
}

// Lighthouse's defaults are the figures people quote: mobile form factor and screen, simulated
// slow 4G and a 4× slower CPU (Lantern). Only the performance category is gathered.
const FLAGS: Flags = { output: 'html', logLevel: 'error', onlyCategories: ['performance'] };

/** Runs Lighthouse `runs` times against a browser already running with a DevTools port. */
export async function measurePage(
  name: string,
  url: string,
  port: number,
  runs: number,
): Promise<PageFigure> {
  const results: Array<{ lhr: Result; html: string }> = [];
  for (let i = 0; i < runs; i++) {
    const outcome = await lighthouse(url, { ...FLAGS, port });
    const lhr = outcome?.lhr;
    if (!lhr) throw new Error(`Lighthouse returned nothing for ${url}`);
    if (lhr.runtimeError)
      throw new Error(`Lighthouse on ${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    results.push({ lhr, html: String(outcome.report) });
  }
  const scores = results.map((r) => score(r.lhr));
  const middle = median(scores);
  const chosen = results.find((r) => score(r.lhr) === middle) ?? results[0]!;
  const lhr = chosen.lhr;
  const stamp = lhr.fetchTime.replace(/[:.]/g, '-');
  const report = join(tmpDir('lighthouse'), `${name}-${stamp}.html`);
  writeFileSync(report, chosen.html);
  writeFileSync(report.replace(/\.html$/, '.json'), JSON.stringify(lhr));
  const metric = (id: string) =>
    round(lhr.audits[id]?.numericValue ?? Number.NaN, id === 'cumulative-layout-shift' ? 3 : 0);
  return {
    performance: score(lhr),
    lcpMs: metric('largest-contentful-paint'),
    tbtMs: metric('total-blocking-time'),
    fcpMs: metric('first-contentful-paint'),
    speedIndexMs: metric('speed-index'),
    cls: metric('cumulative-layout-shift'),
    scores,
    lcpElement: lcpElement(lhr),
    opportunities: opportunities(lhr),
    ...transfer(lhr),
    benchmarkIndex: round(lhr.environment.benchmarkIndex, 0),
    lighthouseVersion: lhr.lighthouseVersion,
    warnings: lhr.runWarnings.map(String),
    report: report.replace(/^.*\/bench\//, 'bench/'),
  };
}

function score(lhr: Result): number {
  return Math.round((lhr.categories.performance?.score ?? 0) * 100);
}

function lcpElement(lhr: Result): string | null {
  // Lighthouse 13 names the element in its LCP breakdown insight: a list holding a node.
  const details = lhr.audits['lcp-breakdown-insight']?.details as
    { items?: Array<{ type?: string; selector?: string; nodeLabel?: string }> } | undefined;
  const node = details?.items?.find((item) => item.type === 'node');
  return node ? `${node.selector ?? ''} “${(node.nodeLabel ?? '').slice(0, 60)}”` : null;
}

function opportunities(lhr: Result): Array<{ title: string; savingsMs: number }> {
  return Object.values(lhr.audits)
    .filter((audit) => audit.score !== null && audit.score < 0.9)
    .map((audit) => {
      const saving = audit.metricSavings ?? {};
      return { title: audit.title, savingsMs: round(saving.LCP || saving.FCP || saving.TBT || 0, 0) };
    })
    .filter((a) => a.savingsMs >= 100)
    .sort((a, b) => b.savingsMs - a.savingsMs)
    .slice(0, 5);
}

function transfer(lhr: Result): { transferKb: number; scriptTransferKb: number } {
  const items =
    (
      lhr.audits['network-requests']?.details as
        { items?: Array<{ transferSize?: number; resourceType?: string }> } | undefined
    )?.items ?? [];
  const kb = (list: typeof items) =>
    round(list.reduce((sum, item) => sum + (item.transferSize ?? 0), 0) / 1024, 0);
  return {
    transferKb: kb(items),
    scriptTransferKb: kb(items.filter((item) => item.resourceType === 'Script')),
  };
}
