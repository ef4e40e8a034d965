// Check-up records (docs/checkup.md): mine in full (user scope), and what I choose to share.
import * as z from 'zod/mini';
import { answerMap, contentId, instant, localDate } from '../../lib/record-fields';
import { defineRecordKind } from '../../lib/record-kind';

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
    workOnFirst: z.array(z.strictObject({ dimension: dimensionId, exerciseIds: z.array(contentId) })),
    barriers: z.array(z.string().check(z.maxLength(60))),
  }),
  sharedAt: instant,
});

export type CheckupPayload = z.infer<typeof checkupPayload>;
export type CheckupDraftPayload = z.infer<typeof checkupDraftPayload>;
export type CheckupSharePayload = z.infer<typeof checkupSharePayload>;

export const checkupKinds = [
  defineRecordKind({
    type: 'checkup',
    schema: checkupPayload,
    scopes: ['private'],
    dated: false,
    conflict: 'append-only',
    export: { title: 'Your check-up' },
    sideChannel: null,
  }),
  defineRecordKind({
    type: 'checkup-draft',
    schema: checkupDraftPayload,
    scopes: ['private'],
    dated: false,
    // Mine only, updated in place from whichever of my devices I am on.
    conflict: 'last-writer-wins',
    export: { title: 'Check-up in progress' },
    sideChannel: null,
  }),
  defineRecordKind({
    type: 'checkup-share',
    schema: checkupSharePayload,
    scopes: ['shared-with-partner'],
    dated: false,
    conflict: 'append-only',
    export: { title: 'Check-up summary shared with your partner' },
    sideChannel: null,
  }),
] as const;
