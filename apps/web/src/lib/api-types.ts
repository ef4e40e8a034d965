// Shapes of the JSON the server sends and accepts (docs/api.md is the source of truth).
import type { PublicIdentity } from '@hearth/crypto';

export type SessionKind = 'full' | 'recovery';

export interface ApiUser {
  id: string;
  handle: string;
  createdAt: string;
  sessionKind: SessionKind;
}

export interface WrappedCoupleKey {
  coupleId: string;
  epoch: number;
  wrapped: string;
}

export interface ApiKeys {
  identity: PublicIdentity;
  umkByPassword: string;
  umkByRecovery: string;
  identityWrapped: string;
  pdk: string;
  coupleKeys: WrappedCoupleKey[];
}

export type CoupleStatus = 'pending' | 'active' | 'unlinked';

export interface CoupleMember {
  userId: string;
  identity: PublicIdentity;
  role: 'inviter' | 'joiner';
  joinedAt: string;
}

export interface CoupleAcceptance {
  inviteId: string;
  mac: string;
  joinerNote: string;
}

export interface ApiCouple {
  id: string;
  status: CoupleStatus;
  epoch: number;
  createdAt: string;
  members: CoupleMember[];
  confirmedByInviter: boolean;
  acceptance: CoupleAcceptance | null;
}

export interface MeResponse {
  user: ApiUser;
  keys: ApiKeys;
  couple: ApiCouple | null;
}

export type RecordScope = 'user' | 'couple';

export interface ApiRecord {
  id: string;
  scope: RecordScope;
  ownerId: string;
  authorId: string;
  version: number;
  keyEpoch: number;
  wrappedDek: string | null;
  body: string | null;
  deleted: boolean;
  seq: number;
  updatedAt: string;
}

export interface SyncResponse {
  records: ApiRecord[];
  cursor: number;
  hasMore: boolean;
}

export interface ApiInvite {
  inviteId: string;
  expiresAt: string;
  inviterSecret: string;
  createdAt: string;
}

export interface ApiInvitePublic {
  inviteId: string;
  coupleId: string;
  bundle: string;
  expiresAt: string;
}

export interface ApiSession {
  id: string;
  createdAt: string;
  lastSeenAt: string;
  device: string;
  current: boolean;
}

export type Credential = 'password' | 'recovery';

/** One sealed answer under an opaque reveal tag (docs/daily-practices.md). */
export interface ApiRevealAnswer {
  authorId: string;
  keyEpoch: number;
  wrappedDek: string;
  body: string;
  createdAt: string;
}

/** One of my own answers, wherever it was given (for my export). */
export interface ApiAuthoredAnswer extends ApiRevealAnswer {
  coupleId: string;
  tag: string;
}

/** `partner` stays null until `mine` exists: the server withholds it (answer-then-reveal). */
export interface ApiReveal {
  tag: string;
  mine: ApiRevealAnswer | null;
  partner: ApiRevealAnswer | null;
  partnerAnswered: boolean;
}

export type ReminderPractice = 'checkin' | 'gratitude' | 'question';

export interface QuietHours {
  start: string;
  end: string;
}

export interface ReminderSetting {
  practice: ReminderPractice;
  time: string;
  enabled: boolean;
  /** Set by the server in answers: when this reminder is next due. */
  nextDueAt?: string | null;
}

export interface ReminderSettings {
  timeZone: string;
  quietHours: QuietHours | null;
  reminders: ReminderSetting[];
}

export interface PushSubscriptionBody {
  endpoint: string;
  keys: { p256dh: string; auth: string };
}
