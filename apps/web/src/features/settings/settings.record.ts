// My display name, user scope (only I can read it).
import * as z from 'zod/mini';
import { defineRecordKind } from '../../lib/record-kind';

export const profilePayload = z.object({
  type: z.literal('profile'),
  name: z.string().check(z.minLength(1), z.maxLength(80)),
});
export type ProfilePayload = z.infer<typeof profilePayload>;

export const settingsKinds = [
  defineRecordKind({
    type: 'profile',
    schema: profilePayload,
    scopes: ['private'],
    dated: false,
    conflict: 'last-writer-wins',
    export: { title: 'Your name' },
    sideChannel: null,
  }),
] as const;
