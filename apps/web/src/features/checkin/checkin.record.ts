// Morning check-in (docs/daily-practices.md): one per person per date; the latest one counts.
import * as z from 'zod/mini';
import { instant, localDate } from '../../lib/record-fields';
import { defineRecordKind } from '../../lib/record-kind';

export const MAX_CHECKIN_WORDS = 500;
export const MAX_CHECKIN_HELP = 300;

export const checkinPayload = z.object({
  type: z.literal('checkin'),
  date: localDate,
  mood: z.number().check(z.int(), z.minimum(1), z.maximum(5)),
  words: z.optional(z.string().check(z.maxLength(MAX_CHECKIN_WORDS))),
  help: z.optional(z.string().check(z.maxLength(MAX_CHECKIN_HELP))),
  createdAt: instant,
});
export type CheckinPayload = z.infer<typeof checkinPayload>;

export const checkinKinds = [
  defineRecordKind({
    type: 'checkin',
    schema: checkinPayload,
    scopes: ['shared-with-partner'],
    dated: true,
    // A new check-in is a new record; "the latest counts" is decided when reading.
    conflict: 'append-only',
    export: { title: 'Morning check-in' },
    sideChannel: null,
  }),
] as const;
