// My own check-ups and pulses, scored on this device with the version each was taken under.
// Private by construction: it reads only my user-scope records. The support and safety routes it
// finds are shown to me alone.
import {
  privateRoutes,
  scorePulseRecord,
  scoreCheckupRecord,
  type CheckupResult,
  type PulseResult,
  type SupportRoute,
} from '@hearth/core';
import type { CheckupInstrument, Pulse } from '@hearth/content';
import type { DecryptedRecord } from '../../lib/sync-snapshot';
import { myCheckups } from './checkup-records';
import { myPrivate, recordsOfType, type RecordOf } from './records-of-type';

export interface ScoredCheckup {
  record: RecordOf<'checkup'>;
  result: CheckupResult;
}

export interface ScoredPulse {
  record: RecordOf<'pulse'>;
  result: PulseResult;
}

export interface MyHistory {
  checkups: ScoredCheckup[];
  pulses: ScoredPulse[];
  /** Saved answers that could not be scored (e.g. from a newer app), with the plain reason. */
  unreadable: { recordId: string; message: string }[];
  /** Where I should be pointed now, safety first. */
  routes: SupportRoute[];
}

export function myHistory(
  records: readonly DecryptedRecord[],
  myId: string,
  published: { instruments: readonly CheckupInstrument[]; pulses: readonly Pulse[] },
): MyHistory {
  const checkups: ScoredCheckup[] = [];
  const pulses: ScoredPulse[] = [];
  const unreadable: MyHistory['unreadable'] = [];
  for (const record of myCheckups(records, myId)) {
    const outcome = scoreCheckupRecord(published.instruments, record.payload);
    if (outcome.ok) checkups.push({ record, result: outcome.result });
    else unreadable.push({ recordId: record.id, message: outcome.message });
  }
  const myPulses = recordsOfType(myPrivate(records, myId), 'pulse').sort((a, b) =>
    a.payload.createdAt < b.payload.createdAt ? -1 : 1,
  );
  for (const record of myPulses) {
    const outcome = scorePulseRecord(published.pulses, record.payload);
    if (outcome.ok) pulses.push({ record, result: outcome.result });
    else unreadable.push({ recordId: record.id, message: outcome.message });
  }
  const routes = privateRoutes({
    checkups: checkups.map((entry) => entry.result),
    pulses: pulses.map((entry) => entry.result),
  });
  return { checkups, pulses, unreadable, routes };
}
