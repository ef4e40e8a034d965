import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sha256, toHex, utf8, uuidFromName } from '../src/index.js';

// Pinned outputs: the exercise log's record ids are made this way, so a change would give a
// finished session a second entry on a phone that already wrote one.

describe('uuidFromName', () => {
  it.each([
    { name: 'exercise-done/s1', uuid: '3c7f5ab1-8e50-89ac-8e8e-4cfae9bd1f40' },
    {
      name: 'exercise-done/e3b0c442-98fc-4c14-9afb-f4c8996fb924',
      uuid: '8b7f10ca-58c4-85de-90a1-450c4b7cedd0',
    },
    { name: 'exercise-done/', uuid: '8d701fef-e91a-8632-ba48-6d6614860025' },
    { name: 'exercise-done/séance ✨', uuid: '240eb2e0-ef07-88a5-adc1-5e8e1c888bda' },
  ])('uuidFromName("$name") is pinned', ({ name, uuid }) => {
    expect(uuidFromName(name)).toBe(uuid);
  });

  it('is a version 8 UUID in the RFC 9562 variant, otherwise the first 16 bytes of SHA-256(name)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (name) => {
        const uuid = uuidFromName(name);
        expect(uuid).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
        const digest = toHex(sha256(utf8(name)));
        const kept = (hex: string) => hex.slice(0, 12) + hex.slice(13, 16) + hex.slice(17, 32);
        expect(kept(uuid.replaceAll('-', ''))).toBe(kept(digest));
        expect(parseInt(uuid[19]!, 16) % 4).toBe(parseInt(digest[16]!, 16) % 4);
      }),
    );
  });
});
