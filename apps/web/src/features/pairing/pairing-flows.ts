// Pairing (PRIVACY.md "Pairing"): the couple key and the invite secret are made here, in the
// browser; the server only stores the sealed bundle, the MAC and wrapped keys.
import {
  computeAcceptMac,
  deriveInviteAcceptToken,
  inviteAcceptVerifier,
  createInviteBundle,
  deriveInviteId,
  fromB64,
  generateCoupleKey,
  generateInviteSecret,
  inviteSecretFromFragment,
  inviteSecretToFragment,
  openInviteBundle,
  openJoinerNote,
  openJson,
  sealInviteBundle,
  sealJoinerNote,
  sealJson,
  toB64,
  verifyAcceptMac,
  verifyPublicIdentity,
  wrapCoupleKey,
  type AadFields,
  type InviteBundle,
  type PublicIdentity,
} from '@hearth/crypto';
import { api } from '../../lib/api-client';
import type { ApiCouple, ApiInvite } from '../../lib/api-types';
import { appSession } from '../../lib/app-session';
import { keyVault } from '../../lib/key-vault';
import { writeRecord } from '../../lib/records';
import type { InviteSecretPayload } from '../../lib/record-payloads';
import { sameIdentity } from './partner-identity';

export const INVITE_LIFETIME_HOURS = 72;

export function inviteLink(secret: Uint8Array): string {
  return `${location.origin}/pair#${inviteSecretToFragment(secret)}`;
}

function inviterSecretAad(userId: string, inviteId: string): AadFields {
  return {
    scope: 'user',
    ownerId: userId,
    recordId: `invite/${inviteId}`,
    recordType: 'invite-secret',
    authorId: userId,
    version: 0,
  };
}

const secretSchema = {
  parse(x: unknown): { s: string } {
    const s = (x as { s?: unknown } | null)?.s;
    if (typeof s !== 'string') throw new TypeError('invite secret missing');
    return { s };
  },
};

/** The invite secret of one of my active invites, opened with my PDK. */
export function openInviterSecret(invite: ApiInvite): Uint8Array {
  const { userId, keys } = keyVault.requireKeys();
  return fromB64(
    openJson(keys.pdk, invite.inviterSecret, inviterSecretAad(userId, invite.inviteId), secretSchema).s,
  );
}

export interface CreatedInvite {
  inviteId: string;
  link: string;
  expiresAt: string;
}

/** Starts (or reuses) my pending couple, makes CK_0 and an invite link for my partner. */
export async function createInvite(myName: string): Promise<CreatedInvite> {
  const { userId, keys } = keyVault.requireKeys();
  const { couple } = await api.createCouple();
  let ck = keyVault.coupleKey(couple.id, couple.epoch);
  if (!ck) {
    ck = generateCoupleKey();
    await api.putCoupleKey({
      coupleId: couple.id,
      epoch: couple.epoch,
      wrapped: wrapCoupleKey(userId, keys.umk, couple.id, couple.epoch, ck),
    });
    keyVault.setCoupleKey(couple.id, couple.epoch, ck);
  }
  const secret = generateInviteSecret();
  const inviteId = deriveInviteId(secret);
  const bundle = createInviteBundle(userId, keys, couple.id, ck, myName);
  const { invite } = await api.createInvite({
    inviteId,
    coupleId: couple.id,
    bundle: sealInviteBundle(secret, inviteId, bundle),
    inviterSecret: sealJson(keys.pdk, 'pdk', { s: toB64(secret) }, inviterSecretAad(userId, inviteId)),
    acceptVerifier: inviteAcceptVerifier(deriveInviteAcceptToken(secret)),
    expiresInHours: INVITE_LIFETIME_HOURS,
  });
  // Why a record too: once the partner accepts, the server no longer lists the invite, but my
  // other devices (or this one after a reload) still need `s` to check the partner's MAC.
  await writeRecord('user', { type: 'invite-secret', inviteId, coupleId: couple.id, secret: toB64(secret) });
  appSession.applyCouple(couple);
  return { inviteId, link: inviteLink(secret), expiresAt: invite.expiresAt };
}

export type AcceptanceCheck =
  | { state: 'no-acceptance' }
  | { state: 'no-secret' }
  | { state: 'verified'; partnerName: string; joiner: PublicIdentity }
  | { state: 'failed' };

/**
 * The inviter's check of the joiner: the MAC proves the joiner knew `s` and that the server did
 * not swap the joiner's (or my) keys. My own identity comes from my keys, never from the server.
 */
export function checkAcceptance(couple: ApiCouple, secrets: InviteSecretPayload[]): AcceptanceCheck {
  const acceptance = couple.acceptance;
  const joiner = couple.members.find((m) => m.role === 'joiner');
  if (!acceptance || !joiner) return { state: 'no-acceptance' };
  const entry = secrets.find((x) => x.inviteId === acceptance.inviteId && x.coupleId === couple.id);
  if (!entry) return { state: 'no-secret' };
  const { identity } = keyVault.requireKeys();
  try {
    const s = fromB64(entry.secret);
    const ok =
      verifyPublicIdentity(joiner.identity) &&
      joiner.identity.userId === joiner.userId &&
      verifyAcceptMac(s, couple.id, identity, joiner.identity, acceptance.mac);
    if (!ok) return { state: 'failed' };
    const note = openJoinerNote(s, acceptance.inviteId, acceptance.joinerNote);
    return {
      state: 'verified',
      partnerName: note.name.slice(0, 80) || 'Your partner',
      joiner: joiner.identity,
    };
  } catch {
    return { state: 'failed' };
  }
}

export async function confirmPartner(partnerName: string, joiner: PublicIdentity): Promise<void> {
  const { couple } = await api.confirmCouple();
  await writeRecord('user', baselineFor(couple.id, joiner, partnerName));
  appSession.applyCouple(couple);
}

function baselineFor(coupleId: string, partner: PublicIdentity, name: string) {
  return {
    type: 'partner-keys' as const,
    coupleId,
    partnerUserId: partner.userId,
    name,
    ed25519: partner.ed25519,
    x25519: partner.x25519,
    verified: false,
    verifiedAt: null,
  };
}

// ---- Joiner side ----------------------------------------------------------------------------

export interface OpenedInvite {
  secret: Uint8Array;
  inviteId: string;
  bundle: InviteBundle;
  expiresAt: string;
}

/** Reads the invite named by the link's secret and checks the inviter's signatures. */
export async function openInvite(fragment: string): Promise<OpenedInvite> {
  const secret = inviteSecretFromFragment(fragment);
  const inviteId = deriveInviteId(secret);
  const invite = await api.getInvite(inviteId);
  const bundle = openInviteBundle(secret, inviteId, invite.bundle);
  if (invite.coupleId !== bundle.coupleId)
    throw Object.assign(new Error('couple mismatch'), { code: 'HEARTH_BAD_SIGNATURE' });
  return { secret, inviteId, bundle, expiresAt: invite.expiresAt };
}

export interface JoinResult {
  couple: ApiCouple;
  /** False when the server's record of the inviter differs from the signed invitation. */
  inviterMatches: boolean;
}

export async function acceptInvite(opened: OpenedInvite, myName: string): Promise<JoinResult> {
  const { userId, keys, identity } = keyVault.requireKeys();
  const { bundle, secret, inviteId } = opened;
  const mac = computeAcceptMac(secret, bundle.coupleId, bundle.inviter, identity);
  const joinerNote = sealJoinerNote(secret, inviteId, { name: myName });
  const acceptToken = deriveInviteAcceptToken(secret);
  const { couple } = await api.acceptInvite(inviteId, { acceptToken, mac, joinerNote });
  const ck = fromB64(bundle.coupleKey);
  await putCoupleKeyWithRetry(
    bundle.coupleId,
    couple.epoch,
    wrapCoupleKey(userId, keys.umk, bundle.coupleId, couple.epoch, ck),
  );
  keyVault.setCoupleKey(bundle.coupleId, couple.epoch, ck);
  const inviterMember = couple.members.find((m) => m.role === 'inviter');
  const inviterMatches =
    couple.id === bundle.coupleId && !!inviterMember && sameIdentity(inviterMember.identity, bundle.inviter);
  await writeRecord('user', baselineFor(bundle.coupleId, bundle.inviter, bundle.inviterName.slice(0, 80)));
  appSession.applyCouple(couple);
  return { couple, inviterMatches };
}

async function putCoupleKeyWithRetry(coupleId: string, epoch: number, wrapped: string): Promise<void> {
  let lastError: unknown;
  for (let attempt = 0; attempt < 4; attempt++) {
    try {
      await api.putCoupleKey({ coupleId, epoch, wrapped });
      return;
    } catch (error) {
      lastError = error;
      await new Promise((r) => setTimeout(r, 500 * 2 ** attempt));
    }
  }
  throw lastError;
}

export async function unlinkPartner(): Promise<void> {
  await api.unlinkCouple();
  appSession.applyCouple(null);
}

export async function revokeInvite(inviteId: string): Promise<void> {
  await api.revokeInvite(inviteId);
}
