// Schemas for what lives inside encrypted records. Every decrypted payload is checked here
// before the app uses it; the record type is only ever known inside the ciphertext.
// zod/mini: the same checks as zod, tree-shakeable, so the first screen stays small.
import { exerciseSessionSchema, howWasItAnswers, sessionEventSchema } from '@hearth/core';
import * as z from 'zod/mini';

export const MAX_NOTE_LENGTH = 10_000;

export const notePayload = z.object({
  type: z.literal('note'),
  text: z.string().check(z.maxLength(MAX_NOTE_LENGTH)),
  updatedAt: z.string().check(z.maxLength(40)),
});

/** My display name, user scope (only I can read it). */
export const profilePayload = z.object({
  type: z.literal('profile'),
  name: z.string().check(z.minLength(1), z.maxLength(80)),
});

/** My display name as my partner sees it, couple scope. */
export const memberNamePayload = z.object({
  type: z.literal('member-name'),
  name: z.string().check(z.minLength(1), z.maxLength(80)),
});

/**
 * The partner's public keys as first seen at pairing, and whether we compared safety codes.
 * User scope, so it follows me to my other devices; a later change of keys raises a warning.
 */
export const partnerKeysPayload = z.object({
  type: z.literal('partner-keys'),
  coupleId: z.string(),
  partnerUserId: z.string(),
  /** The name the partner gave when pairing; their own couple-scope name wins once it syncs. */
  name: z.string().check(z.maxLength(80)),
  ed25519: z.string(),
  x25519: z.string(),
  verified: z.boolean(),
  verifiedAt: z.nullable(z.string()),
});

/**
 * The invite secret, kept so my other devices (and this one after a reload) can check the
 * joiner's MAC even after the server has consumed the invite. User scope, deleted after confirm.
 */
export const inviteSecretPayload = z.object({
  type: z.literal('invite-secret'),
  inviteId: z.string(),
  coupleId: z.string(),
  secret: z.string(),
});

// ---- Daily practices (docs/daily-practices.md). Dates are the writer's local 'YYYY-MM-DD'. ----

const localDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/));
const isoWeek = z.string().check(z.regex(/^\d{4}-W\d{2}$/));
const instant = z.string().check(z.maxLength(40));
const hhmm = z.string().check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$/));

export const MAX_CHECKIN_WORDS = 500;
export const MAX_CHECKIN_HELP = 300;
export const MAX_GRATITUDE_LENGTH = 500;
export const MAX_SHARE_LENGTH = 2000;
export const MAX_ANSWER_LENGTH = 2000;
export const MAX_REPLY_LENGTH = 500;

export const touchKinds = ['hug', 'hands', 'kiss', 'back-rub', 'cuddle', 'passing'] as const;
export type TouchKind = (typeof touchKinds)[number];

export const reactionKinds = ['heart', 'smile', 'hug', 'thinking'] as const;
export type ReactionKind = (typeof reactionKinds)[number];

export const deviceFreeMinutes = [15, 20, 30] as const;

/** Morning check-in: one per person per date; the latest one counts. */
export const checkinPayload = z.object({
  type: z.literal('checkin'),
  date: localDate,
  mood: z.number().check(z.int(), z.minimum(1), z.maximum(5)),
  words: z.optional(z.string().check(z.maxLength(MAX_CHECKIN_WORDS))),
  help: z.optional(z.string().check(z.maxLength(MAX_CHECKIN_HELP))),
  createdAt: instant,
});

/** Evening gratitude, addressed to the partner. */
export const gratitudePayload = z.object({
  type: z.literal('gratitude'),
  date: localDate,
  aboutYou: z.string().check(z.maxLength(MAX_GRATITUDE_LENGTH)),
  aboutUs: z.string().check(z.maxLength(MAX_GRATITUDE_LENGTH)),
  createdAt: instant,
});

/** One logged non-sexual touch; `forBoth` = logged for the two of us. */
export const touchPayload = z.object({
  type: z.literal('touch'),
  date: localDate,
  kind: z.enum(touchKinds),
  at: instant,
  forBoth: z.boolean(),
});

/**
 * Device-free time for both phones until startedAt + minutes. `endedAt` (optional, an addition
 * to the documented fields) lets either partner end it early for both.
 */
export const deviceFreePayload = z.object({
  type: z.literal('device-free'),
  startedAt: instant,
  minutes: z.union([z.literal(15), z.literal(20), z.literal(30)]),
  endedAt: z.optional(instant),
});

/** The weekly vulnerability share, a letter. */
export const vulnerabilityPayload = z.object({
  type: z.literal('vulnerability'),
  week: isoWeek,
  text: z.string().check(z.minLength(1), z.maxLength(MAX_SHARE_LENGTH)),
  promptId: z.optional(z.string().check(z.maxLength(80))),
  createdAt: instant,
});

const questionPrefsFields = {
  depth: z.enum(['light', 'medium', 'deep']),
  intimate: z.boolean(),
  kids: z.boolean(),
};

/**
 * How deep and which opt-in kinds of daily question this partner welcomes (one per partner,
 * updated in place). It applies from `from` (the next day), `previous` until then.
 */
export const questionPrefsPayload = z.object({
  type: z.literal('question-prefs'),
  ...questionPrefsFields,
  from: localDate,
  previous: z.optional(z.object(questionPrefsFields)),
  updatedAt: instant,
});

/** A reaction or a short reply after both answers of a daily question are revealed. */
export const questionReplyPayload = z.object({
  type: z.literal('question-reply'),
  tag: z.string().check(z.maxLength(100)),
  reaction: z.optional(z.enum(reactionKinds)),
  text: z.optional(z.string().check(z.maxLength(MAX_REPLY_LENGTH))),
  createdAt: instant,
});

export const questionFavouritePayload = z.object({
  type: z.literal('question-favourite'),
  questionId: z.string().check(z.maxLength(80)),
  starred: z.boolean(),
  /** When it was (un)starred, so the latest choice wins across both partners. */
  at: z.optional(instant),
});

export const questionSkipPayload = z.object({
  type: z.literal('question-skip'),
  date: localDate,
  questionId: z.string().check(z.maxLength(80)),
});

/** My reminder settings (user scope), mirrored for display; the server copy drives delivery. */
export const reminderPrefsPayload = z.object({
  type: z.literal('reminder-prefs'),
  timeZone: z.string().check(z.maxLength(64)),
  quietHours: z.nullable(z.object({ start: hhmm, end: hhmm })),
  reminders: z.array(
    z.object({
      practice: z.enum(['checkin', 'gratitude', 'question']),
      time: hhmm,
      enabled: z.boolean(),
    }),
  ),
  updatedAt: instant,
});

/**
 * A daily-question answer. Never a synced record: it is sealed with record id 'reveal:' + tag
 * and stored by the server under the opaque tag, which releases the partner's answer only to
 * someone who has answered too.
 */
export const questionAnswerPayload = z.object({
  type: z.literal('question-answer'),
  questionId: z.string().check(z.maxLength(80)),
  date: localDate,
  text: z.string().check(z.minLength(1), z.maxLength(MAX_ANSWER_LENGTH)),
  createdAt: instant,
});

// ---- Guided exercises (docs/exercises.md). ----

/** A shared exercise session as the starter created it: who, what, and the plan (no events). */
export const exerciseSessionPayload = z.object({
  type: z.literal('exercise-session'),
  session: exerciseSessionSchema,
  /** 'together': each on their own phone; 'one-screen': both around one device. */
  mode: z.enum(['together', 'one-screen']),
  createdAt: instant,
});

/** One control event of a session (start, pause, next…), a record of its own so both can write. */
export const exerciseEventPayload = z.object({
  type: z.literal('exercise-event'),
  sessionId: z.string().check(z.maxLength(128)),
  event: sessionEventSchema,
});

/** The couple's log entry for a session, written once (its id comes from the session id). */
export const exerciseDonePayload = z.object({
  type: z.literal('exercise-done'),
  sessionId: z.string().check(z.maxLength(128)),
  exerciseId: z.string().check(z.maxLength(80)),
  completed: z.boolean(),
  startedAt: z.nullable(instant),
  endedAt: instant,
  activeSeconds: z.number().check(z.int(), z.minimum(0)),
  openedStageIds: z.array(z.string().check(z.maxLength(80))),
});

/** "How was it" for me: user scope, or couple scope when I chose to share it. */
export const exerciseFeedbackPayload = z.object({
  type: z.literal('exercise-feedback'),
  sessionId: z.string().check(z.maxLength(128)),
  exerciseId: z.string().check(z.maxLength(80)),
  answer: z.enum(howWasItAnswers),
  createdAt: instant,
});

export const exerciseFavouritePayload = z.object({
  type: z.literal('exercise-favourite'),
  exerciseId: z.string().check(z.maxLength(80)),
  starred: z.boolean(),
  at: instant,
});

// ---- Check-up, plan and weekly pulse (docs/checkup.md). ----

const answerMap = z.record(z.string().check(z.maxLength(80)), z.number());
const dimensionId = z.string().check(z.maxLength(60));

/** My finished check-up: user scope only (never shared as such). Scored on every device I use. */
export const checkupPayload = z.object({
  type: z.literal('checkup'),
  instrumentId: z.string().check(z.maxLength(60)),
  version: z.number().check(z.int(), z.minimum(1)),
  answers: answerMap,
  takenOn: localDate,
  completedAt: instant,
});

/** A check-up in progress, so I can pause and resume on any of my devices. User scope. */
export const checkupDraftPayload = z.object({
  type: z.literal('checkup-draft'),
  instrumentId: z.string().check(z.maxLength(60)),
  version: z.number().check(z.int(), z.minimum(1)),
  answers: answerMap,
  /** The part of the check-up I was on. */
  part: z.number().check(z.int(), z.minimum(0), z.maximum(40)),
  updatedAt: instant,
});

/**
 * The only part of a check-up that ever reaches the partner (couple scope, after I choose to
 * share): strict objects, so a payload carrying anything more (a support route, a sensitive
 * barrier, an answer) is refused before sealing.
 */
export const checkupSharePayload = z.strictObject({
  type: z.literal('checkup-share'),
  takenOn: localDate,
  summary: z.strictObject({
    instrumentId: z.string().check(z.maxLength(60)),
    version: z.number().check(z.int(), z.minimum(1)),
    dimensions: z.array(
      z.strictObject({
        dimension: dimensionId,
        score: z.nullable(z.number().check(z.int(), z.minimum(0), z.maximum(100))),
        answered: z.number().check(z.int(), z.minimum(0)),
        band: z.nullable(z.enum(['needs-care', 'mixed', 'strong'])),
      }),
    ),
    workOnFirst: z.array(
      z.strictObject({ dimension: dimensionId, exerciseIds: z.array(z.string().check(z.maxLength(80))) }),
    ),
    barriers: z.array(z.string().check(z.maxLength(60))),
  }),
  sharedAt: instant,
});

/** The couple's life stages (a shared setting; the latest one written counts). */
export const lifeStagePayload = z.object({
  type: z.literal('life-stage'),
  stages: z.array(z.string().check(z.maxLength(40))).check(z.maxLength(10)),
  updatedAt: instant,
});

/** The plan begins (without a shared check-up): the Monday of its first week. Couple scope. */
export const planStartPayload = z.object({
  type: z.literal('plan-start'),
  weekStart: localDate,
  createdAt: instant,
});

/** A change to the plan either of us made: swap, a week off, or a slower pace. Couple scope. */
export const planAdjustmentPayload = z.object({
  type: z.literal('plan-adjustment'),
  adjustment: z.union([
    z.object({
      kind: z.literal('swap'),
      weekStart: localDate,
      exerciseId: z.string().check(z.maxLength(80)),
      replacementId: z.optional(z.string().check(z.maxLength(80))),
    }),
    z.object({ kind: z.literal('pause-week'), weekStart: localDate }),
    z.object({ kind: z.literal('pace'), weekStart: localDate, pace: z.enum(['usual', 'slower']) }),
  ]),
  createdAt: instant,
});

/** My weekly pulse, all answers: user scope (private by default). */
export const pulsePayload = z.object({
  type: z.literal('pulse'),
  pulseId: z.string().check(z.maxLength(60)),
  version: z.number().check(z.int(), z.minimum(1)),
  answers: answerMap,
  date: localDate,
  createdAt: instant,
});

/** The part of a pulse I chose to show my partner: closeness and the shareable statements. */
export const pulseSharePayload = z.strictObject({
  type: z.literal('pulse-share'),
  date: localDate,
  pulse: z.strictObject({
    pulseId: z.string().check(z.maxLength(60)),
    version: z.number().check(z.int(), z.minimum(1)),
    closeness: z.number().check(z.int(), z.minimum(1), z.maximum(7)),
    items: z.array(
      z.strictObject({
        itemId: z.string().check(z.maxLength(80)),
        value: z.number().check(z.int()),
        percent: z.number().check(z.minimum(0), z.maximum(100)),
      }),
    ),
  }),
  sharedAt: instant,
});

export type NotePayload = z.infer<typeof notePayload>;
export type ProfilePayload = z.infer<typeof profilePayload>;
export type MemberNamePayload = z.infer<typeof memberNamePayload>;
export type PartnerKeysPayload = z.infer<typeof partnerKeysPayload>;
export type InviteSecretPayload = z.infer<typeof inviteSecretPayload>;
export type CheckinPayload = z.infer<typeof checkinPayload>;
export type GratitudePayload = z.infer<typeof gratitudePayload>;
export type TouchPayload = z.infer<typeof touchPayload>;
export type DeviceFreePayload = z.infer<typeof deviceFreePayload>;
export type VulnerabilityPayload = z.infer<typeof vulnerabilityPayload>;
export type QuestionReplyPayload = z.infer<typeof questionReplyPayload>;
export type QuestionFavouritePayload = z.infer<typeof questionFavouritePayload>;
export type QuestionSkipPayload = z.infer<typeof questionSkipPayload>;
export type QuestionPrefsPayload = z.infer<typeof questionPrefsPayload>;
export type ReminderPrefsPayload = z.infer<typeof reminderPrefsPayload>;
export type QuestionAnswerPayload = z.infer<typeof questionAnswerPayload>;
export type ExerciseSessionPayload = z.infer<typeof exerciseSessionPayload>;
export type ExerciseEventPayload = z.infer<typeof exerciseEventPayload>;
export type ExerciseDonePayload = z.infer<typeof exerciseDonePayload>;
export type ExerciseFeedbackPayload = z.infer<typeof exerciseFeedbackPayload>;
export type ExerciseFavouritePayload = z.infer<typeof exerciseFavouritePayload>;

export type CheckupPayload = z.infer<typeof checkupPayload>;
export type CheckupDraftPayload = z.infer<typeof checkupDraftPayload>;
export type CheckupSharePayload = z.infer<typeof checkupSharePayload>;
export type LifeStagePayload = z.infer<typeof lifeStagePayload>;
export type PlanStartPayload = z.infer<typeof planStartPayload>;
export type PlanAdjustmentPayload = z.infer<typeof planAdjustmentPayload>;
export type PulsePayload = z.infer<typeof pulsePayload>;
export type PulseSharePayload = z.infer<typeof pulseSharePayload>;

/** A payload from a newer app version: kept, not shown. */
export interface UnknownPayload {
  type: string;
}

export type RecordPayload =
  | NotePayload
  | ProfilePayload
  | MemberNamePayload
  | PartnerKeysPayload
  | InviteSecretPayload
  | CheckinPayload
  | GratitudePayload
  | TouchPayload
  | DeviceFreePayload
  | VulnerabilityPayload
  | QuestionReplyPayload
  | QuestionFavouritePayload
  | QuestionSkipPayload
  | QuestionPrefsPayload
  | ReminderPrefsPayload
  | QuestionAnswerPayload
  | ExerciseSessionPayload
  | ExerciseEventPayload
  | ExerciseDonePayload
  | ExerciseFeedbackPayload
  | ExerciseFavouritePayload
  | CheckupPayload
  | CheckupDraftPayload
  | CheckupSharePayload
  | LifeStagePayload
  | PlanStartPayload
  | PlanAdjustmentPayload
  | PulsePayload
  | PulseSharePayload;

const known = {
  note: notePayload,
  profile: profilePayload,
  'member-name': memberNamePayload,
  'partner-keys': partnerKeysPayload,
  'invite-secret': inviteSecretPayload,
  checkin: checkinPayload,
  gratitude: gratitudePayload,
  touch: touchPayload,
  'device-free': deviceFreePayload,
  vulnerability: vulnerabilityPayload,
  'question-reply': questionReplyPayload,
  'question-favourite': questionFavouritePayload,
  'question-skip': questionSkipPayload,
  'question-prefs': questionPrefsPayload,
  'reminder-prefs': reminderPrefsPayload,
  'question-answer': questionAnswerPayload,
  'exercise-session': exerciseSessionPayload,
  'exercise-event': exerciseEventPayload,
  'exercise-done': exerciseDonePayload,
  'exercise-feedback': exerciseFeedbackPayload,
  'exercise-favourite': exerciseFavouritePayload,
  checkup: checkupPayload,
  'checkup-draft': checkupDraftPayload,
  'checkup-share': checkupSharePayload,
  'life-stage': lifeStagePayload,
  'plan-start': planStartPayload,
  'plan-adjustment': planAdjustmentPayload,
  pulse: pulsePayload,
  'pulse-share': pulseSharePayload,
} as const;

const envelopeOfAnyType = z.looseObject({ type: z.string().check(z.minLength(1), z.maxLength(64)) });

/** Passed to openRecord: accepts known types only in their exact shape, unknown types as-is. */
export const anyPayload = {
  parse(x: unknown): RecordPayload | UnknownPayload {
    const base = envelopeOfAnyType.parse(x);
    const schema = (known as Record<string, z.ZodMiniType<RecordPayload>>)[base.type];
    return schema ? schema.parse(x) : { type: base.type };
  },
};

export function isKnownPayload(p: RecordPayload | UnknownPayload): p is RecordPayload {
  return p.type in known;
}
