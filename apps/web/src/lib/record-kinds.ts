// The registry: every kind of encrypted record, combined from the features that declare them
// (features/<feature>/<feature>.record.ts). The codec, the entry check, the export, the
// conflict rules and the sync engine read kinds from here and from nowhere else.
// Adding a kind: declare it in its feature's record file; a new feature adds one line below.
import { checkinKinds } from '../features/checkin/checkin.record';
import { checkupKinds } from '../features/checkup/checkup.record';
import { deviceFreeKinds } from '../features/device-free/device-free.record';
import { exercisesKinds } from '../features/exercises/exercises.record';
import { gratitudeKinds } from '../features/gratitude/gratitude.record';
import { notesKinds } from '../features/notes/notes.record';
import { pairingKinds } from '../features/pairing/pairing.record';
import { planKinds } from '../features/plan/plan.record';
import { pulseKinds } from '../features/pulse/pulse.record';
import { questionKinds } from '../features/question/question.record';
import { remindersKinds } from '../features/reminders/reminders.record';
import { settingsKinds } from '../features/settings/settings.record';
import { shareKinds } from '../features/share/share.record';
import { touchRecordKinds } from '../features/touch/touch.record';
import type { PayloadOf, RecordKind } from './record-kind';

export const recordKinds = [
  ...notesKinds,
  ...settingsKinds,
  ...pairingKinds,
  ...checkinKinds,
  ...gratitudeKinds,
  ...touchRecordKinds,
  ...deviceFreeKinds,
  ...shareKinds,
  ...questionKinds,
  ...remindersKinds,
  ...exercisesKinds,
  ...checkupKinds,
  ...planKinds,
  ...pulseKinds,
] as const;

/** Every payload the app knows, as the union of what the kinds declare. */
export type RecordPayload = PayloadOf<(typeof recordKinds)[number]>;
export type RecordType = RecordPayload['type'];

const byType = new Map<string, RecordKind<string, RecordPayload>>(
  recordKinds.map((k) => [k.type, k as unknown as RecordKind<string, RecordPayload>]),
);

/** The kind declared for a type, or undefined for a type from a newer app version. */
export function kindOf(type: string): RecordKind<string, RecordPayload> | undefined {
  return byType.get(type);
}
