// Parsing what lives inside encrypted records. Every decrypted payload is checked here before
// the app uses it, with the schema its kind declares (lib/record-kinds.ts); the record type is
// only ever known inside the ciphertext. The payload types live with their features; they are
// re-exported here so existing imports keep working.
import * as z from 'zod/mini';
import { kindOf, type RecordPayload } from './record-kinds';

export type { RecordPayload, RecordType } from './record-kinds';
export { MAX_CHECKIN_HELP, MAX_CHECKIN_WORDS, type CheckinPayload } from '../features/checkin/checkin.record';
export type {
  CheckupDraftPayload,
  CheckupPayload,
  CheckupSharePayload,
} from '../features/checkup/checkup.record';
export { deviceFreeMinutes, type DeviceFreePayload } from '../features/device-free/device-free.record';
export type {
  ExerciseDonePayload,
  ExerciseEventPayload,
  ExerciseFavouritePayload,
  ExerciseFeedbackPayload,
  ExerciseSessionPayload,
} from '../features/exercises/exercises.record';
export { MAX_GRATITUDE_LENGTH, type GratitudePayload } from '../features/gratitude/gratitude.record';
export { MAX_NOTE_LENGTH, type NotePayload } from '../features/notes/notes.record';
export type {
  InviteSecretPayload,
  MemberNamePayload,
  PartnerKeysPayload,
} from '../features/pairing/pairing.record';
export type { LifeStagePayload, PlanAdjustmentPayload, PlanStartPayload } from '../features/plan/plan.record';
export type { PulsePayload, PulseSharePayload } from '../features/pulse/pulse.record';
export {
  MAX_ANSWER_LENGTH,
  MAX_REPLY_LENGTH,
  reactionKinds,
  type QuestionAnswerPayload,
  type QuestionFavouritePayload,
  type QuestionPrefsPayload,
  type QuestionReplyPayload,
  type QuestionSkipPayload,
  type ReactionKind,
} from '../features/question/question.record';
export type { ReminderPrefsPayload } from '../features/reminders/reminders.record';
export type { ProfilePayload } from '../features/settings/settings.record';
export { MAX_SHARE_LENGTH, type VulnerabilityPayload } from '../features/share/share.record';
export { touchKinds, type TouchKind, type TouchPayload } from '../features/touch/touch.record';

/** A payload from a newer app version: kept, not shown. */
export interface UnknownPayload {
  type: string;
}

const envelopeOfAnyType = z.looseObject({ type: z.string().check(z.minLength(1), z.maxLength(64)) });

/** Passed to openRecord: accepts known types only in their exact shape, unknown types as-is. */
export const anyPayload = {
  parse(x: unknown): RecordPayload | UnknownPayload {
    const base = envelopeOfAnyType.parse(x);
    const kind = kindOf(base.type);
    return kind ? kind.schema.parse(x) : { type: base.type };
  },
};

export function isKnownPayload(p: RecordPayload | UnknownPayload): p is RecordPayload {
  return kindOf(p.type) !== undefined;
}
