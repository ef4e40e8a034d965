import type * as HearthCrypto from '../src/index.js';
import type { AadJson } from './reproduce-vectors.js';

// Shared by make-vectors.ts (which writes the docs) and vectors.test.ts (which checks the docs
// are not stale).

export const DOC_BEGIN = '<!-- BEGIN GENERATED VECTORS (scripts/make-vectors.ts) -->';
export const DOC_END = '<!-- END GENERATED VECTORS -->';

type Api = typeof HearthCrypto;

function spaced(hex: string): string {
  return hex.replace(/(..)(?!$)/g, '$1 ');
}

/**
 * A byte-by-byte listing of the canonical AAD, built field by field here (not with encodeAad)
 * and then compared with encodeAad, so the listing doubles as an independent check.
 */
export function annotateAad(api: Api, aad: AadJson, kid: string): string {
  const rows: Array<[string, string]> = [
    [api.toHex(api.utf8('hearth/aad/v1')), 'domain "hearth/aad/v1" (raw, no length)'],
  ];
  const fields: Array<[string, string]> = [
    ['format version', '1'],
    ['kid', kid],
    ['scope', aad.scope],
    ['ownerId', aad.ownerId],
    ['recordId', aad.recordId],
    ['recordType', aad.recordType],
    ['authorId', aad.authorId],
    ['version', String(aad.version)],
  ];
  for (const [label, value] of fields) {
    const bytes = api.utf8(value);
    const len = bytes.length.toString(16).padStart(8, '0');
    rows.push([len + api.toHex(bytes), `${label} "${value}" (length ${bytes.length})`]);
  }
  const joined = rows.map(([h]) => h).join('');
  const actual = api.toHex(api.encodeAad(aad, kid));
  if (joined !== actual) throw new Error('annotated AAD disagrees with encodeAad');
  const width = Math.max(...rows.map(([h]) => spaced(h).length));
  return rows.map(([h, note]) => `${spaced(h).padEnd(width)}  ${note}`).join('\n');
}
