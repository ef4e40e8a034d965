// The daily question (docs/daily-practices.md): preferences, answers (through the reveal side
// channel), replies, favourites and skips.
import * as z from 'zod/mini';
import { contentId, instant, localDate } from '../../lib/record-fields';
import { defineRecordKind } from '../../lib/record-kind';

export const MAX_ANSWER_LENGTH = 2000;
export const MAX_REPLY_LENGTH = 500;

export const reactionKinds = ['heart', 'smile', 'hug', 'thinking'] as const;
export type ReactionKind = (typeof reactionKinds)[number];

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
  questionId: contentId,
  starred: z.boolean(),
  /** When it was (un)starred, so the latest choice wins across both partners. */
  at: z.optional(instant),
});

export const questionSkipPayload = z.object({
  type: z.literal('question-skip'),
  date: localDate,
  questionId: contentId,
});

/**
 * A daily-question answer. Never a synced record: it is sealed with record id 'reveal:' + tag
 * and stored by the server under the opaque tag, which releases the partner's answer only to
 * someone who has answered too.
 */
export const questionAnswerPayload = z.object({
  type: z.literal('question-answer'),
  questionId: contentId,
  date: localDate,
  text: z.string().check(z.minLength(1), z.maxLength(MAX_ANSWER_LENGTH)),
  createdAt: instant,
});

export type QuestionPrefsPayload = z.infer<typeof questionPrefsPayload>;
export type QuestionReplyPayload = z.infer<typeof questionReplyPayload>;
export type QuestionFavouritePayload = z.infer<typeof questionFavouritePayload>;
export type QuestionSkipPayload = z.infer<typeof questionSkipPayload>;
export type QuestionAnswerPayload = z.infer<typeof questionAnswerPayload>;

export const questionKinds = [
  defineRecordKind({
    type: 'question-prefs',
    schema: questionPrefsPayload,
    scopes: ['shared-with-partner'],
    dated: false,
    // One per partner, written only by its owner.
    conflict: 'last-writer-wins',
    export: { title: 'Question choices' },
    sideChannel: null,
  }),
  defineRecordKind({
    type: 'question-reply',
    schema: questionReplyPayload,
    scopes: ['shared-with-partner'],
    dated: false,
    conflict: 'append-only',
    export: { title: 'Reply to a daily question' },
    sideChannel: null,
  }),
  defineRecordKind({
    type: 'question-favourite',
    schema: questionFavouritePayload,
    scopes: ['couple'],
    dated: false,
    // Every (un)starring is a record of its own; the newest `at` decides when reading.
    conflict: 'append-only',
    export: { title: 'Favourite question' },
    sideChannel: null,
  }),
  defineRecordKind({
    type: 'question-skip',
    schema: questionSkipPayload,
    scopes: ['couple'],
    dated: true,
    conflict: 'append-only',
    export: { title: 'Skipped question' },
    sideChannel: null,
  }),
  defineRecordKind({
    type: 'question-answer',
    schema: questionAnswerPayload,
    scopes: ['shared-with-partner'],
    dated: true,
    // Answers cannot change after the reveal (PRIVACY.md, answer-then-reveal).
    conflict: 'append-only',
    export: { title: 'Your answer to a daily question' },
    sideChannel: 'reveal',
  }),
] as const;
