// Regenerates packages/content/SOURCES.md from data/sources.json.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { sources } from './data/library';
import { renderSourcesMarkdown } from './sources-markdown';

const target = fileURLToPath(new URL('../SOURCES.md', import.meta.url));
writeFileSync(target, renderSourcesMarkdown(sources));
process.stdout.write(`wrote ${target} (${sources.length} sources)\n`);
