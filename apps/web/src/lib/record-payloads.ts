// Schemas for what lives inside encrypted records. Every decrypted payload is checked here
// before the app uses it; the record type is only ever known inside the ciphertext.
// zod/mini: the same checks as zod, tree-shakeable, so the first screen stays small.
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

export type NotePayload = z.infer<typeof notePayload>;
export type ProfilePayload = z.infer<typeof profilePayload>;
export type MemberNamePayload = z.infer<typeof memberNamePayload>;
export type PartnerKeysPayload = z.infer<typeof partnerKeysPayload>;
export type InviteSecretPayload = z.infer<typeof inviteSecretPayload>;

/** A payload from a newer app version: kept, not shown. */
export interface UnknownPayload {
  type: string;
}

export type RecordPayload =
  NotePayload | ProfilePayload | MemberNamePayload | PartnerKeysPayload | InviteSecretPayload;

const known = {
  note: notePayload,
  profile: profilePayload,
  'member-name': memberNamePayload,
  'partner-keys': partnerKeysPayload,
  'invite-secret': inviteSecretPayload,
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
