import { describe, expect, it } from 'vitest';
import { localeCodePattern } from '../src/schema/vocabulary';
import { listDataFiles, readDataFile } from './support/content';

// Keys whose string values are not user-facing text: bibliographic data and regex sources.
const NON_TEXT_KEYS = new Set([
  'authors',
  'title',
  'venue',
  'seenAt',
  'patterns',
  'unlessFollowedBy',
  'unlessPrecededBy',
]);

function isLocaleMap(value: unknown): value is Record<string, string> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const entries = Object.entries(value);
  return (
    entries.length > 0 &&
    'en' in value &&
    entries.every(([key, text]) => localeCodePattern.test(key) && typeof text === 'string')
  );
}

/** Strings containing a space that are not inside a locale map: untranslatable prose. */
function bareProse(value: unknown, path: string, inSources: boolean, out: string[]): void {
  if (typeof value === 'string') {
    if (/\s/.test(value.trim())) out.push(`${path}: "${value.slice(0, 60)}"`);
    return;
  }
  if (Array.isArray(value)) {
    value.forEach((child, index) => bareProse(child, `${path}[${index}]`, inSources, out));
    return;
  }
  if (typeof value !== 'object' || value === null || isLocaleMap(value)) return;
  for (const [key, child] of Object.entries(value)) {
    // "title" is a locale map everywhere except in sources, where it is a paper's title.
    if (NON_TEXT_KEYS.has(key) && (key !== 'title' || inSources)) continue;
    bareProse(child, `${path}.${key}`, inSources, out);
  }
}

describe('translation structure', () => {
  it.each(listDataFiles())('%s: every user-facing text is a locale map with "en"', (path) => {
    const found: string[] = [];
    bareProse(readDataFile(path), path, path === 'sources.json', found);
    expect(found).toEqual([]);
  });

  it('locale maps use locale codes', () => {
    expect(['en', 'de', 'pt-BR', 'zh-Hant'].every((code) => localeCodePattern.test(code))).toBe(true);
    expect(['EN', 'english', 'en_US'].some((code) => localeCodePattern.test(code))).toBe(false);
  });
});
