// UTF-8 written straight into a caller's buffer, for the short text fields of canonical
// encodings (ids, kids, scopes). TextEncoder is a native call with a fresh array per string;
// for a 36-character id that overhead costs more than the encoding itself, and opening one
// record encodes fourteen such fields. Long text (JSON payloads) still goes through TextEncoder.

/**
 * Byte length of `s` in UTF-8, or -1 if `s` holds a lone surrogate. Such strings are refused
 * rather than encoded, because TextEncoder would turn every lone surrogate into U+FFFD and two
 * different strings would share bytes.
 */
export function wellFormedUtf8Length(s: string): number {
  let bytes = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) continue;
    if (c < 0x800) {
      bytes += 1;
    } else if (c < 0xd800 || c > 0xdfff) {
      bytes += 2;
    } else {
      // A high surrogate must be followed by a low one; the pair is one 4-byte code point.
      const next = c <= 0xdbff ? s.charCodeAt(i + 1) : Number.NaN;
      if (!(next >= 0xdc00 && next <= 0xdfff)) return -1;
      bytes += 2;
      i++;
    }
  }
  return bytes;
}

/**
 * Writes `s` as UTF-8 at `offset` and returns the offset just after it. `s` must be well-formed
 * (checked by `wellFormedUtf8Length`, which also sized `out`); the bytes are then exactly
 * TextEncoder's.
 */
export function writeUtf8(s: string, out: Uint8Array, offset: number): number {
  let o = offset;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) {
      out[o++] = c;
    } else if (c < 0x800) {
      out[o++] = 0xc0 | (c >> 6);
      out[o++] = 0x80 | (c & 0x3f);
    } else if (c < 0xd800 || c > 0xdfff) {
      out[o++] = 0xe0 | (c >> 12);
      out[o++] = 0x80 | ((c >> 6) & 0x3f);
      out[o++] = 0x80 | (c & 0x3f);
    } else {
      const cp = 0x10000 + ((c - 0xd800) << 10) + (s.charCodeAt(++i) - 0xdc00);
      out[o++] = 0xf0 | (cp >> 18);
      out[o++] = 0x80 | ((cp >> 12) & 0x3f);
      out[o++] = 0x80 | ((cp >> 6) & 0x3f);
      out[o++] = 0x80 | (cp & 0x3f);
    }
  }
  return o;
}
