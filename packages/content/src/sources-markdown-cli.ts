// Regenerates packages/content/SOURCES.md and its copy at the repository root, content/SOURCES.md,
// from data/sources.json.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { sources } from './data/library';
import { renderSourcesMarkdown } from './sources-markdown';

const markdown = renderSourcesMarkdown(sources);
for (const relative of ['../SOURCES.md', '../../../content/SOURCES.md']) {
  const target = fileURLToPath(new URL(relative, import.meta.url));
  writeFileSync(target, markdown);
  process.stdout.write(`wrote ${target} (${sources.length} sources)\n`);
}
