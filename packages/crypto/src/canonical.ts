import { isWellFormedText, utf8 } from './encoding.js';

/**
 * Unambiguous byte encoding for everything we authenticate, sign or hash: the domain string's
 * UTF-8 bytes as a raw prefix, then each field as a 4-byte big-endian length and its bytes
 * (strings as UTF-8). Length prefixes mean no field can bleed into the next; the domain keeps
 * an AAD from ever being mistaken for a signed identity or a safety-code input. No domain is a
 * prefix of another (see docs/crypto-format.md).
 */
export function encodeFields(domain: string, fields: ReadonlyArray<string | Uint8Array>): Uint8Array {
  const prefix = utf8(domain);
  const parts: Uint8Array[] = new Array(fields.length);
  let total = prefix.length;
  for (let i = 0; i < fields.length; i++) {
    const f = fields[i]!;
    if (typeof f === 'string' && !isWellFormedText(f))
      throw new TypeError('text fields must be well-formed Unicode');
    const bytes = typeof f === 'string' ? utf8(f) : f;
    parts[i] = bytes;
    total += 4 + bytes.length;
  }
  const out = new Uint8Array(total);
  const view = new DataView(out.buffer);
  out.set(prefix, 0);
  let o = prefix.length;
  for (const bytes of parts) {
    view.setUint32(o, bytes.length, false);
    out.set(bytes, o + 4);
    o += 4 + bytes.length;
  }
  return out;
}
