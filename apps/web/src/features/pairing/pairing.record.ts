// What pairing keeps: the name my partner sees, the partner's keys as first seen, the invite secret.
import * as z from 'zod/mini';
import { defineRecordKind } from '../../lib/record-kind';

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

export type MemberNamePayload = z.infer<typeof memberNamePayload>;
export type PartnerKeysPayload = z.infer<typeof partnerKeysPayload>;
export type InviteSecretPayload = z.infer<typeof inviteSecretPayload>;

export const pairingKinds = [
  defineRecordKind({
    type: 'member-name',
    schema: memberNamePayload,
    scopes: ['shared-with-partner'],
    dated: false,
    // One record per partner, written only by its owner.
    conflict: 'last-writer-wins',
    export: { title: 'Name shown to your partner' },
    sideChannel: null,
  }),
  defineRecordKind({
    type: 'partner-keys',
    schema: partnerKeysPayload,
    scopes: ['private'],
    dated: false,
    conflict: 'last-writer-wins',
    export: { title: 'Partner safety check' },
    sideChannel: null,
  }),
  defineRecordKind({
    type: 'invite-secret',
    schema: inviteSecretPayload,
    scopes: ['private'],
    dated: false,
    conflict: 'last-writer-wins',
    export: { omit: 'key material for an invitation, not something the person wrote' },
    sideChannel: null,
  }),
] as const;
