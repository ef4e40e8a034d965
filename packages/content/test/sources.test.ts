import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sourceById, sources } from '../src/index';
import { renderSourcesMarkdown } from '../src/sources-markdown';
import { PACKAGE_DIR, REPO_DIR } from './support/content';

describe('sources', () => {
  it('SOURCES.md is in step with data/sources.json (regenerate with src/sources-markdown-cli.ts)', () => {
    const onDisk = readFileSync(join(PACKAGE_DIR, 'SOURCES.md'), 'utf8');
    expect(onDisk).toBe(renderSourcesMarkdown(sources));
  });

  it('the root content/SOURCES.md is the same list', () => {
    const copy = readFileSync(join(REPO_DIR, 'content', 'SOURCES.md'), 'utf8');
    expect(copy).toBe(renderSourcesMarkdown(sources));
  });

  it.each([
    ['aron-2000-self-expansion', 'strong'],
    ['reissman-1993-exciting-activities', 'strong'],
    ['coulter-malouff-2013', 'strong'],
    ['algoe-2008-gratitude', 'moderate'],
    ['gable-2004-capitalization', 'strong'],
    ['cohen-2015-hugs', 'strong'],
    ['kellerman-1989-gaze', 'moderate'],
    ['aron-1997-closeness', 'strong'],
    ['gottman-bids', 'moderate'],
    ['gottman-magic-ratio', 'moderate'],
    ['gottman-flooding', 'moderate'],
    ['gottman-six-hours', 'moderate'],
    ['masters-johnson-sensate-focus', 'moderate'],
    ['basson-responsive-desire', 'moderate'],
    ['aron-1992-ios', 'strong'],
    ['apa-2011-transition-parenthood', 'moderate'],
    ['impett-2024-love-languages', 'moderate'],
    ['zak-20-second-hug', 'popular-claim'],
    ['gottman-six-second-kiss', 'popular-claim'],
  ])('%s is listed as %s', (id, evidence) => {
    expect(sourceById.get(id)?.evidence).toBe(evidence);
  });

  it('hormone explanations only ever appear as unverified claims', () => {
    for (const source of sources) {
      const text = `${source.finding.en} ${source.caveat?.en ?? ''}`;
      if (/oxytocin|cortisol/i.test(text))
        expect(text, source.id).toMatch(/not verified|unverified|popular claim/i);
    }
  });

  it('entries added beyond the research brief are few and never marked strong', () => {
    const added = sources.filter((source) => !source.fromResearchBrief);
    expect(added.length).toBeLessThanOrEqual(3);
    for (const source of added) expect(source.evidence).not.toBe('strong');
  });
});
