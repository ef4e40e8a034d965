// The weekly pulse in records: mine are private (user scope); a share is a separate couple record
// holding only toSharedPulse, written when I choose to show my partner.
import { startOfIsoWeek, toSharedPulse, type LocalDate, type PulseResult } from '@hearth/core';
import type { PulseSharePayload } from '../../lib/record-payloads';
import type { DecryptedRecord } from '../../lib/sync-snapshot';
import { recordsOfType, type RecordOf } from '../checkup/records-of-type';

export function pulseShareFrom(result: PulseResult, date: LocalDate, now: Date): PulseSharePayload {
  const shared = toSharedPulse(result);
  return {
    type: 'pulse-share',
    date,
    pulse: {
      pulseId: shared.pulseId,
      version: shared.version,
      closeness: shared.closeness,
      items: shared.items.map(({ itemId, value, percent }) => ({ itemId, value, percent })),
    },
    sharedAt: now.toISOString(),
  };
}

/** Pulses `authorId` shared during the week holding `date`. */
export function sharedPulsesThisWeek(
  shared: readonly DecryptedRecord[],
  authorId: string,
  date: LocalDate,
): RecordOf<'pulse-share'>[] {
  const week = startOfIsoWeek(date);
  return recordsOfType(shared, 'pulse-share').filter(
    (r) => r.authorId === authorId && startOfIsoWeek(r.payload.date) === week,
  );
}
