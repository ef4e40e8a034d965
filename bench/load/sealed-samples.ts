import { randomUUID } from 'node:crypto';
import { randomBytes, sealRecord, type SealedRecord } from '@hearth/crypto';

const WORDS = [
  'evening',
  'walk',
  'tea',
  'laughed',
  'quiet',
  'kitchen',
  'plans',
  'weekend',
  'tired',
  'grateful',
  'hug',
  'music',
];

/** A record payload of roughly `bytes` bytes of JSON: what one day's note or check-in weighs. */
export function samplePayload(index: number, bytes = 480): { type: string; day: number; text: string } {
  let text = '';
  for (let i = 0; text.length < bytes - 60; i++) text += `${WORDS[(index * 7 + i) % WORDS.length]} `;
  return { type: index % 3 === 0 ? 'check-in' : 'note', day: index % 365, text: text.trim() };
}

/**
 * Real envelopes made by @hearth/crypto under a throwaway key. The server checks only their
 * syntax, so a small pool can stand in for the bulk of seeded history and for write bodies
 * (sealing per request would make the load generator, not the server, the bottleneck).
 */
export function sealedSamples(
  count: number,
  scope: 'user' | 'couple' = 'couple',
  bytes = 480,
): SealedRecord[] {
  const key = randomBytes(32);
  const ownerId = randomUUID();
  const authorId = randomUUID();
  return Array.from({ length: count }, (_, index) =>
    sealRecord(
      key,
      scope === 'user' ? 'pdk' : 'ck-0',
      { scope, ownerId, recordId: randomUUID(), authorId, version: 1 },
      samplePayload(index, bytes),
    ),
  );
}
