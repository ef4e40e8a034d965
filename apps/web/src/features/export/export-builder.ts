// Builds the export files from decrypted records. Pure: no DOM, no I/O, testable in Node.
// The HTML is static (no scripts) and every piece of user text is escaped. What each kind is
// called, and which kinds stay out, comes from the kind itself (lib/record-kinds.ts).
import { kindOf } from '../../lib/record-kinds';

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
  return text && 'title' in text ? text.title : type;
}

function contentHtml(content: Record<string, unknown>): string {
  if (typeof content.text === 'string') {
    const question =
      typeof content.question === 'string' ? `<p class="meta">${escapeHtml(content.question)}</p>` : '';
    return `${question}<p class="text">${escapeHtml(content.text)}</p>`;
  }
  const rows = Object.entries(content)
    .map(
      ([k, v]) =>
        `<tr><th>${escapeHtml(k)}</th><td>${escapeHtml(typeof v === 'string' ? v : JSON.stringify(v))}</td></tr>`,
    )
    .join('');
  return `<table>${rows}</table>`;
}

export function renderExportHtml(data: ExportData): string {
  const section = (title: string, shared: boolean) => {
    const items = data.records.filter((r) => r.shared === shared);
    const body = items.length
      ? items
          .map(
            (r) =>
              `<article><h3>${escapeHtml(describe(r.type))}</h3><p class="meta">${escapeHtml(r.updatedAt)}</p>${contentHtml(r.content)}</article>`,
          )
          .join('\n')
      : '<p class="meta">Nothing here.</p>';
    return `<section><h2>${escapeHtml(title)}</h2>\n${body}</section>`;
  };
  const who = data.account.name ? `${data.account.name} (${data.account.handle})` : data.account.handle;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>Hearth export — ${escapeHtml(who)}</title>
<style>
body{font-family:system-ui,sans-serif;max-width:42rem;margin:2rem auto;padding:0 1rem;color:#2b2420;background:#fffaf5;line-height:1.5}
article{border-top:1px solid #e6dbd0;padding:.75rem 0}h3{margin:0;font-size:1rem}.meta{color:#6d6259;font-size:.875rem;margin:.25rem 0}
.text{white-space:pre-wrap}th{text-align:left;padding-right:1rem;font-weight:600}
</style>
</head>
<body>
<h1>Everything you wrote in Hearth</h1>
<p class="meta">${escapeHtml(who)} · exported ${escapeHtml(data.exportedAt)}</p>
${section('Private (only you)', false)}
${section('Shared with your partner', true)}
</body>
</html>
`;
}
