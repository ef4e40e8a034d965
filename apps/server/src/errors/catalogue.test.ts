import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { errorCatalogue } from './catalogue';

const doc = readFileSync(resolve(import.meta.dirname, '../../../../docs/errors.md'), 'utf8');
const documented = new Map(
  [...doc.matchAll(/^\| `(HEARTH_[A-Z_]+)` \| (\d{3}) \|/gm)].map((match) => [match[1]!, Number(match[2])]),
);

describe('error catalogue', () => {
  it('docs/errors.md lists exactly the codes in the catalogue', () => {
    expect([...documented.keys()].sort()).toEqual(Object.keys(errorCatalogue).sort());
  });

  it.each(Object.entries(errorCatalogue))('%s is documented with its status', (code, entry) => {
    expect(documented.get(code)).toBe(entry.status);
  });

  it.each(Object.entries(errorCatalogue))('%s has a message a person can read', (_code, entry) => {
    expect(entry.message).toMatch(/^[A-Z].*[.!]$/);
    expect(entry.message.length).toBeLessThan(140);
  });

  it('only HEARTH_INTERNAL and HEARTH_NOT_READY are server errors', () => {
    const fiveHundreds = Object.entries(errorCatalogue)
      .filter(([, entry]) => entry.status >= 500)
      .map(([code]) => code);
    expect(fiveHundreds.sort()).toEqual(['HEARTH_INTERNAL', 'HEARTH_NOT_READY']);
  });
});
