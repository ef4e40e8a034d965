import { describe, expect, it } from 'vitest';
import { buildExport, escapeHtml, renderExportHtml, type ExportRecordInput } from './export-builder';

const rec = (over: Partial<ExportRecordInput>): ExportRecordInput => ({
  id: 'r1',
  scope: 'user',
  authorId: 'me',
  version: 1,
  updatedAt: '2025-01-02T10:00:00.000Z',
  payload: { type: 'note', text: 'hello', updatedAt: '2025-01-02T10:00:00.000Z' },
  ...over,
});

describe('export', () => {
  it('contains only what I wrote, never my partner’s writing', () => {
    const data = buildExport({
      userId: 'me',
      handle: 'sam',
      name: 'Sam',
      exportedAt: 'now',
      records: [rec({ id: 'a' }), rec({ id: 'b', scope: 'couple', authorId: 'partner' })],
    });
    expect(data.records.map((r) => r.id)).toEqual(['a']);
  });

  it('leaves out key material such as invite secrets', () => {
    const data = buildExport({
      userId: 'me',
      handle: 'sam',
      name: null,
      exportedAt: 'now',
      records: [rec({ payload: { type: 'invite-secret', secret: 'x' } })],
    });
    expect(data.records).toEqual([]);
  });

  it('marks shared records and keeps the content without the type field', () => {
    const data = buildExport({
      userId: 'me',
      handle: 'sam',
      name: null,
      exportedAt: 'now',
      records: [rec({ scope: 'couple' })],
    });
    expect(data.records[0]).toMatchObject({ shared: true, type: 'note', content: { text: 'hello' } });
  });

  it('escapes every piece of user text in the HTML, so a note cannot inject markup', () => {
    const evil = '<img src=x onerror=alert(1)><script>alert(2)</script>&"\'';
    const data = buildExport({
      userId: 'me',
      handle: 'sam',
      name: '<b>Sam</b>',
      exportedAt: 'now',
      records: [rec({ payload: { type: 'note', text: evil, updatedAt: 'x' } })],
    });
    const html = renderExportHtml(data);
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<b>Sam');
    expect(html).toContain(escapeHtml(evil));
  });

  it('shows an answer with its question, both escaped', () => {
    const data = buildExport({
      userId: 'me',
      handle: 'sam',
      name: null,
      exportedAt: 'now',
      records: [
        rec({
          id: 'reveal:t',
          scope: 'couple',
          payload: { type: 'question-answer', text: 'The <sea>', question: 'Where & when?' },
        }),
      ],
    });
    const html = renderExportHtml(data);
    expect(html).toContain('Your answer to a daily question');
    expect(html).toContain('<p class="meta">Where &amp; when?</p><p class="text">The &lt;sea&gt;</p>');
  });

  it('escapes the five HTML-special characters', () => {
    expect(escapeHtml(`<>&"'`)).toBe('&lt;&gt;&amp;&quot;&#39;');
  });
});
