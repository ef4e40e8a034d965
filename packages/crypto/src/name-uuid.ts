import { toHex, utf8 } from './encoding.js';
import { sha256 } from './primitives.js';

/**
 * A UUID named by a string: the first 16 bytes of SHA-256(UTF-8(name)) with the version set to 8
 * (custom) and the RFC 9562 variant. Two devices that know the same name make the same id
 * without asking each other (both phones ending one shared exercise write one log entry).
 */
export function uuidFromName(name: string): string {
  const bytes = sha256(utf8(name)).subarray(0, 16);
  bytes[6] = (bytes[6]! & 0x0f) | 0x80;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = toHex(bytes);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
