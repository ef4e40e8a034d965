// Builds the export files from decrypted records. Pure: no DOM, no I/O, testable in Node.
// The HTML is static (no scripts) and every piece of user text is escaped. What each kind is
// called, and which kinds stay out, comes from the kind itself (lib/record-kinds.ts).
import { kindOf, recordKinds } from '../../lib/record-kinds';
import { labelFromKey, readableDate, readableLines, type ReadableOptions } from './readable-values';

export interface ExportRecordInput {
  id: string;
  scope: 'user' | 'couple';
  authorId: string;
  version: number;
  updatedAt: string;
  payload: { type: string } & Record<string, unknown>;
}

export interface ExportData {
  format: 'hearth-export';
  formatVersion: 1;
  exportedAt: string;
  account: { userId: string; handle: string; name: string | null };
  records: {
    id: string;
    shared: boolean;
    type: string;
    version: number;
    updatedAt: string;
    content: Record<string, unknown>;
  }[];
}

/** Key material and bookkeeping are not something the person wrote: their kinds say `omit`. */
function exported(type: string): boolean {
  const text = kindOf(type)?.export;
  return !text || 'title' in text;
}

export function buildExport(input: {
  userId: string;
  handle: string;
  name: string | null;
  exportedAt: string;
  records: ExportRecordInput[];
}): ExportData {
  const mine = input.records
    .filter((r) => r.authorId === input.userId && exported(r.payload.type))
    .sort((a, b) =>
      a.updatedAt < b.updatedAt ? -1 : a.updatedAt > b.updatedAt ? 1 : a.id.localeCompare(b.id),
    );
  return {
    format: 'hearth-export',
    formatVersion: 1,
    exportedAt: input.exportedAt,
    account: { userId: input.userId, handle: input.handle, name: input.name },
    records: mine.map((r) => {
      const { type, ...content } = r.payload;
      return {
        id: r.id,
        shared: r.scope === 'couple',
        type,
        version: r.version,
        updatedAt: r.updatedAt,
        content,
      };
    }),
  };
}

const entities: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => entities[c]!);
}

function describe(type: string): string {
  const text = kindOf(type)?.export;
  // A kind from a newer app version still exports, under its own name.
  return text && 'title' in text ? text.title : labelFromKey(type);
}

function contentHtml(content: Record<string, unknown>, options: ReadableOptions): string {
  const { text, question, ...rest } = content;
  const asked = typeof question === 'string' ? `<p class="question">${escapeHtml(question)}</p>` : '';
  const words = typeof text === 'string' ? `<p class="text">${escapeHtml(text)}</p>` : '';
  const lines = readableLines(rest, options);
  const list = lines.length
    ? `<dl>${lines.map((l) => `<div><dt>${escapeHtml(l.label)}</dt><dd>${escapeHtml(l.value)}</dd></div>`).join('')}</dl>`
    : '';
  return `${asked}${words}${list}`;
}

/**
 * The page a person keeps: grouped by what each thing is (in the registry's order), dates in
 * their own format, no ids or keys, readable on a phone and printable. Every piece of their text
 * is escaped; the page runs nothing.
 */
export function renderExportHtml(data: ExportData, options: ReadableOptions = {}): string {
  const order = new Map<string, number>(recordKinds.map((kind, index) => [kind.type, index]));
  const groups = new Map<string, ExportData['records']>();
  for (const record of [...data.records].sort(
    (a, b) => (order.get(a.type) ?? 999) - (order.get(b.type) ?? 999),
  )) {
    const title = describe(record.type);
    groups.set(title, [...(groups.get(title) ?? []), record]);
  }
  const sections = [...groups]
    .map(([title, items]) => {
      const entries = items
        .map((r) => {
          const when = readableDate(r.updatedAt, options) ?? '';
          const shared = r.shared ? ' · shared with your partner' : '';
          return `<article><p class="meta">${escapeHtml(when)}${shared}</p>${contentHtml(r.content, options)}</article>`;
        })
        .join('\n');
      return `<section><h2>${escapeHtml(title)}</h2>\n${entries}</section>`;
    })
    .join('\n');
  const who = data.account.name ? `${data.account.name} (${data.account.handle})` : data.account.handle;
  const exportedAt = readableDate(data.exportedAt, options) ?? data.exportedAt;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>Hearth — ${escapeHtml(who)}</title>
<style>
body{font-family:system-ui,sans-serif;max-width:42rem;margin:1.5rem auto;padding:0 1rem;color:#2b2420;background:#fffaf5;line-height:1.5;overflow-wrap:anywhere}
h1{font-size:1.5rem;margin:0 0 .25rem}h2{font-size:1.15rem;margin:2rem 0 .5rem;padding-bottom:.25rem;border-bottom:2px solid #e6dbd0}
article{border-top:1px solid #efe6dd;padding:.75rem 0;break-inside:avoid}h2+article{border-top:0}.meta{color:#6d6259;font-size:.875rem;margin:0 0 .25rem}
.question{font-style:italic;margin:.25rem 0}.text{white-space:pre-wrap;margin:.25rem 0}
dl{margin:.25rem 0}dl div{display:flex;flex-wrap:wrap;gap:0 .5rem}dt{font-weight:600}dt::after{content:":"}dd{margin:0}
@media print{body{background:#fff;max-width:none;margin:0}h2{break-after:avoid}}
</style>
</head>
<body>
<h1>What you wrote in Hearth</h1>
<p class="meta">${escapeHtml(who)} · saved ${escapeHtml(exportedAt)}</p>
${sections || '<p>Nothing here yet.</p>'}
</body>
</html>
`;
}
