// The weekly vulnerability share, a letter.
import * as z from 'zod/mini';
import { contentId, instant, isoWeek } from '../../lib/record-fields';
import { defineRecordKind } from '../../lib/record-kind';

export const MAX_SHARE_LENGTH = 2000;

export const vulnerabilityPayload = z.object({
  type: z.literal('vulnerability'),
  week: isoWeek,
  text: z.string().check(z.minLength(1), z.maxLength(MAX_SHARE_LENGTH)),
  promptId: z.optional(contentId),
  createdAt: instant,
});
export type VulnerabilityPayload = z.infer<typeof vulnerabilityPayload>;

export const shareKinds = [
  defineRecordKind({
    type: 'vulnerability',
    schema: vulnerabilityPayload,
    scopes: ['shared-with-partner'],
    dated: false,
    conflict: 'append-only',
    export: { title: 'Weekly letter' },
    sideChannel: null,
  }),
] as const;
