// Safety advice may only point to what Hearth really has. Its wording lives in one place
// (packages/content/data/checkup: the safety resources and the routing messages); this test
// reads all of it and fails when it names a feature that is not built yet.
import { checkupInstruments, safetyResources } from '@hearth/content';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const features = join(import.meta.dirname, '..');

/** Each feature a sentence could name, and where it lives once it exists. */
const namedFeatures = [
  { feature: 'quick exit', phrase: /quick[- ]exit/i, builtIn: 'safety/quick-exit.ts' },
  {
    feature: 'the password lock after a quick exit',
    phrase: /asks for your password/i,
    builtIn: 'safety/discreet-lock.ts',
  },
  {
    feature: 'taking the check-up again',
    phrase: /check-up again/i,
    builtIn: 'checkup/checkup-take-page.tsx',
  },
  { feature: 'app lock', phrase: /app lock|\bPIN\b|passcode|passkey/i, builtIn: 'app-lock' },
  {
    feature: 'discreet mode',
    phrase: /discreet mode|hide the (app )?icon|disguise/i,
    builtIn: 'discreet-mode',
  },
  { feature: 'new-device alerts', phrase: /new[- ]device alert|alert you when/i, builtIn: 'device-alerts' },
];

function allSafetyWords(): string[] {
  const words: string[] = [];
  const collect = (value: unknown): void => {
    if (typeof value === 'string') words.push(value);
    else if (Array.isArray(value)) value.forEach(collect);
    else if (value && typeof value === 'object') Object.values(value).forEach(collect);
  };
  collect(safetyResources);
  for (const instrument of checkupInstruments) collect(instrument.routing);
  return words;
}

describe('safety advice', () => {
  it('names only features Hearth has', () => {
    const words = allSafetyWords();
    expect(words.length).toBeGreaterThan(10);
    for (const { feature, phrase, builtIn } of namedFeatures) {
      const naming = words.filter((text) => phrase.test(text));
      if (naming.length === 0) continue;
      expect(existsSync(join(features, builtIn)), `safety advice names ${feature}: "${naming[0]}"`).toBe(
        true,
      );
    }
  });
});
