import type { EvidenceLevel } from './schema/vocabulary';
import type { Source } from './schema/source';

const LEVELS: { level: EvidenceLevel; heading: string; meaning: string }[] = [
  {
    level: 'strong',
    heading: 'Strong',
    meaning: 'a primary paper or its abstract was seen (research brief confidence A).',
  },
  {
    level: 'moderate',
    heading: 'Moderate',
    meaning: 'consistent secondary reports of a named study, or a mix of A and B (confidence B or A/B).',
  },
  {
    level: 'popular-claim',
    heading: 'Popular claim',
    meaning:
      'a popular or marketing claim, or a mechanism nobody has verified (confidence C). Never presented as established.',
  },
];

function entry(source: Source): string {
  const year = source.year === null ? 'n.d.' : String(source.year);
  const lines = [
    `### \`${source.id}\``,
    '',
    `${source.authors} (${year}). *${source.title}*. ${source.venue}.`,
    '',
    `- **Finding:** ${source.finding.en}`,
  ];
  if (source.caveat) lines.push(`- **Caveat:** ${source.caveat.en}`);
  lines.push(`- **Checked at:** ${source.seenAt.join('; ')}`);
  if (!source.fromResearchBrief)
    lines.push(
      '- **Note:** added by the content lead, not from the research brief; review before relying on it.',
    );
  return lines.join('\n');
}

/**
 * Renders SOURCES.md from data/sources.json. The file is generated so the two can never drift:
 * run `node --import tsx packages/content/src/sources-markdown-cli.ts` after editing the JSON.
 */
export function renderSourcesMarkdown(sources: readonly Source[]): string {
  const parts = [
    '# Sources',
    '',
    '<!-- Generated from data/sources.json by src/sources-markdown-cli.ts. Do not edit by hand. -->',
    '',
    'Every exercise, date idea, check-up dimension and coach rule in Hearth cites one or more of',
    'these source ids. Each entry gives the authors, year, venue and the figure we rely on, with an',
    'evidence level:',
    '',
    ...LEVELS.map(({ heading, meaning }) => `- **${heading}**: ${meaning}`),
    '',
    'What we deliberately do not claim:',
    '',
    '- Hormone stories (oxytocin, cortisol) behind hugs and kisses are popular claims, not verified.',
    '  We say what the studies found about hugs and support, and call the 20-second hug and the',
    '  six-second kiss rules of thumb.',
    '- We never type anyone into a "love language": a 2024 review found no support for the core',
    '  claims. We do encourage asking a partner what makes them feel loved.',
    '- The check-up uses original questions. It is a practical map, not a validated clinical test.',
    '',
  ];
  for (const { level, heading } of LEVELS) {
    const group = sources.filter((source) => source.evidence === level);
    if (group.length === 0) continue;
    parts.push(`## ${heading}`, '', group.map(entry).join('\n\n'), '');
  }
  return `${parts.join('\n').trimEnd()}\n`;
}
