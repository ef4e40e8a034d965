// One logged non-sexual touch; `forBoth` = logged for the two of us.
import * as z from 'zod/mini';
import { instant, localDate } from '../../lib/record-fields';
import { defineRecordKind } from '../../lib/record-kind';

export const touchKinds = ['hug', 'hands', 'kiss', 'back-rub', 'cuddle', 'passing'] as const;
export type TouchKind = (typeof touchKinds)[number];

export const touchPayload = z.object({
  type: z.literal('touch'),
  date: localDate,
  kind: z.enum(touchKinds),
  at: instant,
  forBoth: z.boolean(),
});
export type TouchPayload = z.infer<typeof touchPayload>;

export const touchRecordKinds = [
  defineRecordKind({
    type: 'touch',
    schema: touchPayload,
    scopes: ['shared-with-partner'],
    dated: true,
    conflict: 'append-only',
    export: { title: 'Touch' },
    sideChannel: null,
  }),
] as const;
