import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { recordKinds } from '../../lib/record-kinds';
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
    expect(html).toContain('<p class="question">Where &amp; when?</p><p class="text">The &lt;sea&gt;</p>');
  });

  it('escapes the five HTML-special characters', () => {
    expect(escapeHtml(`<>&"'`)).toBe('&lt;&gt;&amp;&quot;&#39;');
  });
});

describe('the readable export', () => {
  interface Schema {
    type?: string | string[];
    const?: unknown;
    enum?: unknown[];
    properties?: Record<string, Schema>;
    additionalProperties?: Schema | boolean;
    items?: Schema;
    anyOf?: Schema[];
  }
  const UUID_VALUE = '3f2b8c1e-4d5a-4b6c-8d7e-9f0a1b2c3d4e';
  const TOKEN_VALUE = 'Zk3aQ9xLr0TnV7bW2cYh5JmP8sUe4gDq1oIv6tKf';

  /** A payload for a kind's schema: ids and keys as machines write them, everything else as words. */
  function sample(schema: Schema, path: string, words: string[]): unknown {
    if (schema.const !== undefined) return schema.const;
    if (schema.enum?.length) return schema.enum[0];
    if (schema.anyOf?.length)
      return sample(schema.anyOf.find((s) => s.type !== 'null') ?? schema.anyOf[0]!, path, words);
    const type = Array.isArray(schema.type) ? schema.type.find((t) => t !== 'null') : schema.type;
    const key = path.split('.').pop()!.replace(/\[\]$/, '');
    switch (type) {
      case 'string': {
        if (/(^id$|Id$|Ids$)/.test(key)) return UUID_VALUE;
        if (/(^tag$|key|secret|signature|ed25519|x25519|wrapped)/i.test(key)) return TOKEN_VALUE;
        if (/(At|date|Date|day|Day|week|Week)$/.test(key)) return '2026-03-02T08:00:00.000Z';
        const marker = `words for ${path.replaceAll('.', ' ')}`;
        words.push(marker);
        return marker;
      }
      case 'number':
      case 'integer':
        return 3;
      case 'boolean':
        return true;
      case 'array':
        return schema.items ? [sample(schema.items, `${path}[]`, words)] : [];
      case 'object': {
        const out: Record<string, unknown> = {};
        for (const [name, property] of Object.entries(schema.properties ?? {}))
          out[name] = sample(property, `${path}.${name}`, words);
        if (typeof schema.additionalProperties === 'object') out['cu-emotional-01'] = 3;
        return out;
      }
      default:
        return null;
    }
  }

  it('the readable export has no ids or keys', () => {
    const words: string[] = [];
    const records: ExportRecordInput[] = recordKinds
      .filter((kind) => 'title' in kind.export)
      .map((kind, index) => ({
        id: `00000000-0000-4000-8000-${String(index).padStart(12, '0')}`,
        scope: index % 2 ? 'couple' : 'user',
        authorId: 'me',
        version: 1,
        updatedAt: '2026-03-02T08:00:00.000Z',
        payload: sample(
          z.toJSONSchema(kind.schema, { unrepresentable: 'any' }) as Schema,
          kind.type,
          words,
        ) as ExportRecordInput['payload'],
      }));
    const data = buildExport({
      userId: 'me',
      handle: 'sam',
      name: 'Sam',
      exportedAt: '2026-03-03T09:00:00.000Z',
      records,
    });
    expect(data.records).toHaveLength(records.length);
    const html = renderExportHtml(data, { locale: 'en-GB', timeZone: 'UTC' });

    expect(html).not.toContain(UUID_VALUE);
    expect(html).not.toContain(TOKEN_VALUE);
    expect(html).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/);
    expect(html).not.toMatch(/\d{4}-\d{2}-\d{2}T\d{2}/);
    expect(html).not.toMatch(/coupleId|partnerUserId|ed25519|x25519|verifiedAt|\{"/);
    expect(html).toContain('2 March 2026');
    // Every piece of what the person wrote is still there, in every kind.
    expect(words.length).toBeGreaterThan(10);
    for (const marker of words) expect(html, marker).toContain(marker);
    // Grouped by what each thing is, one heading per kind.
    for (const kind of recordKinds)
      if ('title' in kind.export) expect(html).toContain(`<h2>${escapeHtml(kind.export.title)}</h2>`);
  });

  it('reads a check-up answer and an exercise by their words when the content is known', () => {
    const data = buildExport({
      userId: 'me',
      handle: 'sam',
      name: null,
      exportedAt: '2026-03-03T09:00:00.000Z',
      records: [
        rec({ payload: { type: 'checkup', answers: { 'cu-emotional-01': 3 }, takenAt: '2026-03-02' } }),
        rec({ id: 'r2', payload: { type: 'exercise-done', exerciseId: 'ex-eye-gazing', at: '2026-03-02' } }),
      ],
    });
    const labels: Record<string, string> = {
      'cu-emotional-01': 'I feel heard when we talk',
      'ex-eye-gazing': 'Eye gazing',
    };
    const html = renderExportHtml(data, { locale: 'en-GB', labelOf: (id) => labels[id] ?? null });
    expect(html).toContain('<dt>I feel heard when we talk</dt><dd>3</dd>');
    expect(html).toContain('<dt>Exercise</dt><dd>Eye gazing</dd>');
    expect(html).not.toContain('cu-emotional-01');
    expect(html).not.toContain('ex-eye-gazing');
  });
});
