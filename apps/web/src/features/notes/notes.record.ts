// Notes: to us (couple scope, both of us edit them) or to self (user scope).
import * as z from 'zod/mini';
import { defineRecordKind } from '../../lib/record-kind';

export const MAX_NOTE_LENGTH = 10_000;

export const notePayload = z.object({
  type: z.literal('note'),
  text: z.string().check(z.maxLength(MAX_NOTE_LENGTH)),
  updatedAt: z.string().check(z.maxLength(40)),
});
export type NotePayload = z.infer<typeof notePayload>;

export const noteKind = defineRecordKind({
  type: 'note',
  schema: notePayload,
  scopes: ['couple', 'private'],
  dated: false,
  // Both partners edit a shared note: two edits are shown side by side and the person chooses.
  conflict: 'keep-both',
  export: { title: 'Note' },
  sideChannel: null,
});

export const notesKinds = [noteKind] as const;
