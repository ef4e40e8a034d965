import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { applyVariant, VARIANTS } from './view-variants';
import { nextFrames } from './server-view';

// axe-core runs inside the page. Its script is added inline, so contexts that use this need
// `bypassCSP: true` (the app's CSP rightly forbids inline scripts).
const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

interface AxeNode {
  target: unknown[];
  failureSummary?: string;
}
interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: AxeNode[];
}

/** Serious and critical violations of WCAG 2 A/AA and axe best practice on the page as it is now. */
export async function seriousViolations(page: Page, where: string): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: axePath });
  const violations = (await page.evaluate(async () => {
    const axe = (
      window as unknown as { axe: { run: (c: Document, o: object) => Promise<{ violations: unknown[] }> } }
    ).axe;
    const result = await axe.run(document, {
      runOnly: ['wcag2a', 'wcag2aa', 'best-practice'],
      resultTypes: ['violations'],
    });
    return result.violations;
  })) as AxeViolation[];
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => {
      const nodes = v.nodes
        .slice(0, 4)
        .map(
          (n) =>
            `${n.target.join(' ')}${n.failureSummary ? ` (${n.failureSummary.replace(/\s+/g, ' ').slice(0, 160)})` : ''}`,
        )
        .join(' | ');
      return `${where}: ${v.impact} ${v.id} — ${v.help} — ${nodes}`;
    });
}

/** Sets size and colour scheme, and waits until the page really renders with both. */
/** Audits the current screen in every variant and puts the page back to the first one. */
export async function auditEveryVariant(page: Page, screen: string): Promise<string[]> {
  const found: string[] = [];
  for (const variant of VARIANTS) {
    await applyVariant(page, variant);
    let violations = await seriousViolations(page, `${screen} [${variant.label}]`);
    if (violations.length > 0) {
      // axe caches colours during a run; on a busy machine a run can straddle the scheme switch
      // and mix old and new colours. A real violation is still there a moment later.
      await nextFrames(page);
      violations = await seriousViolations(page, `${screen} [${variant.label}]`);
    }
    found.push(...violations);
  }
  await applyVariant(page, VARIANTS[0]!);
  return found;
}
