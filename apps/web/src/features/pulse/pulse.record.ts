// The weekly pulse (docs/checkup.md): all my answers privately, and the part I chose to share.
import * as z from 'zod/mini';
import { answerMap, contentId, instant, localDate } from '../../lib/record-fields';
import { defineRecordKind } from '../../lib/record-kind';

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
        itemId: contentId,
        value: z.number().check(z.int()),
        percent: z.number().check(z.minimum(0), z.maximum(100)),
      }),
    ),
  }),
  sharedAt: instant,
});

export type PulsePayload = z.infer<typeof pulsePayload>;
export type PulseSharePayload = z.infer<typeof pulseSharePayload>;

export const pulseKinds = [
  defineRecordKind({
    type: 'pulse',
    schema: pulsePayload,
    scopes: ['private'],
    dated: false,
    conflict: 'append-only',
    export: { title: 'Your weekly pulse' },
    sideChannel: null,
  }),
  defineRecordKind({
    type: 'pulse-share',
    schema: pulseSharePayload,
    scopes: ['shared-with-partner'],
    dated: false,
    conflict: 'append-only',
    export: { title: 'Weekly pulse shared with your partner' },
    sideChannel: null,
  }),
] as const;
