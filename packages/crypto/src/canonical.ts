import { utf8 } from './encoding.js';
import { wellFormedUtf8Length, writeUtf8 } from './utf8-into.js';

// Domains are a handful of module constants, so their bytes are worth keeping; the bound only
// guards against a caller that builds domains on the fly.
const MAX_CACHED_DOMAINS = 16;
const domainBytes = new Map<string, Uint8Array>();

function encodedDomain(domain: string): Uint8Array {
  let bytes = domainBytes.get(domain);
  if (bytes === undefined) {
    if (domainBytes.size >= MAX_CACHED_DOMAINS) domainBytes.clear();
    bytes = utf8(domain);
    domainBytes.set(domain, bytes);
  }
  return bytes;
}

/**
 * Unambiguous byte encoding for everything we authenticate, sign or hash: the domain string's
 * UTF-8 bytes as a raw prefix, then each field as a 4-byte big-endian length and its bytes
 * (strings as UTF-8). Length prefixes mean no field can bleed into the next; the domain keeps
 * an AAD from ever being mistaken for a signed identity or a safety-code input. No domain is a
 * prefix of another (see docs/crypto-format.md).
 *
 * Runs on every seal and open (twice per record), so it measures all fields first and then
 * writes them into one buffer, without a TextEncoder call or an intermediate array per field.
 */
export function encodeFields(domain: string, fields: ReadonlyArray<string | Uint8Array>): Uint8Array {
  const prefix = encodedDomain(domain);
  let total = prefix.length;
  for (let i = 0; i < fields.length; i++) {
    const f = fields[i]!;
    let length: number;
    if (typeof f === 'string') {
      length = wellFormedUtf8Length(f);
      if (length < 0) throw new TypeError('text fields must be well-formed Unicode');
    } else {
      length = f.length;
    }
    total += 4 + length;
  }
  const out = new Uint8Array(total);
  out.set(prefix, 0);
  let o = prefix.length;
  for (let i = 0; i < fields.length; i++) {
    const f = fields[i]!;
    const start = o + 4;
    let end: number;
    if (typeof f === 'string') {
      end = writeUtf8(f, out, start);
    } else {
      out.set(f, start);
      end = start + f.length;
    }
    const length = end - start;
    out[o] = length >>> 24;
    out[o + 1] = (length >>> 16) & 0xff;
    out[o + 2] = (length >>> 8) & 0xff;
    out[o + 3] = length & 0xff;
    o = end;
  }
  return out;
}
