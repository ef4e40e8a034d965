// Decrypted records for the check-up, plan and progress tests, built from real content.
import { checkup, pulse } from '@hearth/content';
import type { DecryptedRecord } from '../../lib/sync-snapshot';
import { COUPLE, ME, YOU, privateRec, rec } from '../../lib/test-records';

export { COUPLE, ME, YOU, privateRec, rec };

/** Check-up answers where each part lands on keyed value `keyed(dimension)` (0–4), plus extras. */
export function checkupAnswers(
  keyed: (dimension: string) => number,
  extra: Record<string, number> = {},
): Record<string, number> {
  const answers: Record<string, number> = {};
  for (const item of checkup.items) {
    const value = keyed(item.dimension);
    answers[item.id] = item.reverse ? 4 - value : value;
  }
  return { ...answers, ...extra };
}

export function checkupRecord(answers: Record<string, number>, takenOn: string, who = ME): DecryptedRecord {
  return privateRec(
    {
      type: 'checkup',
      instrumentId: checkup.id,
      version: checkup.version,
      answers,
      takenOn,
      completedAt: `${takenOn}T09:00:00.000Z`,
    },
    who,
  );
}

export function pulseRecord(
  closeness: number,
  date: string,
  extra: Record<string, number> = {},
): DecryptedRecord {
  const answers: Record<string, number> = { 'pulse-closeness': closeness };
  for (const item of pulse.items) if (item.type === 'scale' && item.shareable) answers[item.id] = 3;
  return privateRec({
    type: 'pulse',
    pulseId: pulse.id,
    version: pulse.version,
    answers: { ...answers, ...extra },
    date,
    createdAt: `${date}T20:00:00.000Z`,
  });
}
