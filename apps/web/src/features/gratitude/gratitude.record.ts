// Evening gratitude, addressed to the partner (docs/daily-practices.md).
import * as z from 'zod/mini';
import { instant, localDate } from '../../lib/record-fields';
import { defineRecordKind } from '../../lib/record-kind';

export const MAX_GRATITUDE_LENGTH = 500;

export const gratitudePayload = z.object({
  type: z.literal('gratitude'),
  date: localDate,
  aboutYou: z.string().check(z.maxLength(MAX_GRATITUDE_LENGTH)),
  aboutUs: z.string().check(z.maxLength(MAX_GRATITUDE_LENGTH)),
  createdAt: instant,
});
export type GratitudePayload = z.infer<typeof gratitudePayload>;

export const gratitudeKinds = [
  defineRecordKind({
    type: 'gratitude',
    schema: gratitudePayload,
    scopes: ['shared-with-partner'],
    dated: true,
    conflict: 'append-only',
    export: { title: 'Evening gratitude' },
    sideChannel: null,
  }),
] as const;
