import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  index,
  integer,
  jsonb,
  pgSequence,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

/** Public identity as published by the browser; the server only checks its self-signature. */
export interface PublicIdentityColumn {
  userId: string;
  x25519: string;
  ed25519: string;
  signature: string;
}

const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();

export const serverSecrets = pgTable('server_secrets', {
  name: text('name').primaryKey(),
  value: text('value').notNull(),
  createdAt: createdAt(),
});

export const users = pgTable('users', {
  id: uuid('id').primaryKey(),
  handle: text('handle').notNull().unique(),
  opaqueRecord: text('opaque_record').notNull(),
  recoveryOpaqueRecord: text('recovery_opaque_record').notNull(),
  identity: jsonb('identity').$type<PublicIdentityColumn>().notNull(),
  umkByPassword: text('umk_by_password').notNull(),
  umkByRecovery: text('umk_by_recovery').notNull(),
  identityWrapped: text('identity_wrapped').notNull(),
  pdkWrapped: text('pdk_wrapped').notNull(),
  createdAt: createdAt(),
});

export const pendingRegistrations = pgTable('pending_registrations', {
  handle: text('handle').primaryKey(),
  userId: uuid('user_id').notNull(),
  expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
});

export const loginAttempts = pgTable(
  'login_attempts',
  {
    id: uuid('id').primaryKey(),
    userId: uuid('user_id').references(() => users.id, { onDelete: 'cascade' }),
    throttleKey: text('throttle_key').notNull(),
    credential: text('credential').notNull(),
    serverLoginState: text('server_login_state').notNull(),
    purpose: text('purpose').notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('login_attempts_expires_idx').on(t.expiresAt)],
);

export const sessions = pgTable(
  'sessions',
  {
    tokenHash: text('token_hash').primaryKey(),
    publicId: uuid('public_id').notNull().unique(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    device: text('device').notNull(),
    createdAt: createdAt(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    reauthUntil: timestamp('reauth_until', { withTimezone: true }),
  },
  (t) => [index('sessions_user_idx').on(t.userId)],
);

/**
 * Browsers that have signed in to an account before (a random token in a long-lived cookie,
 * hashed here). They skip the per-handle and per-address sign-in delays, so neither a guesser
 * hammering my handle nor a noisy neighbour on my network keeps my own phone out.
 */
export const knownDevices = pgTable(
  'known_devices',
  {
    tokenHash: text('token_hash').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: createdAt(),
  },
  (t) => [index('known_devices_user_idx').on(t.userId)],
);

/** Progressive delays per handle and per client address; never a permanent lockout. */
export const authThrottle = pgTable('auth_throttle', {
  key: text('key').primaryKey(),
  failures: integer('failures').notNull().default(0),
  nextAllowedAt: timestamp('next_allowed_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

export const couples = pgTable('couples', {
  id: uuid('id').primaryKey(),
  status: text('status').notNull(),
  epoch: integer('epoch').notNull().default(0),
  inviterId: uuid('inviter_id').references(() => users.id, { onDelete: 'set null' }),
  confirmedByInviter: boolean('confirmed_by_inviter').notNull().default(false),
  acceptanceInviteId: text('acceptance_invite_id'),
  acceptanceMac: text('acceptance_mac'),
  acceptanceJoinerNote: text('acceptance_joiner_note'),
  createdAt: createdAt(),
  unlinkedAt: timestamp('unlinked_at', { withTimezone: true }),
});

export const coupleMembers = pgTable(
  'couple_members',
  {
    coupleId: uuid('couple_id')
      .notNull()
      .references(() => couples.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    role: text('role').notNull(),
    joinedAt: timestamp('joined_at', { withTimezone: true }).notNull().defaultNow(),
    current: boolean('current').notNull().default(true),
  },
  (t) => [
    primaryKey({ columns: [t.coupleId, t.userId] }),
    // A person belongs to at most one pending or active couple at a time.
    uniqueIndex('couple_members_one_current_idx')
      .on(t.userId)
      .where(sql`${t.current}`),
  ],
);

export const coupleKeys = pgTable(
  'couple_keys',
  {
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    coupleId: uuid('couple_id')
      .notNull()
      .references(() => couples.id, { onDelete: 'cascade' }),
    epoch: integer('epoch').notNull(),
    wrapped: text('wrapped').notNull(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.coupleId, t.epoch] })],
);

export const invites = pgTable(
  'invites',
  {
    id: text('id').primaryKey(),
    coupleId: uuid('couple_id')
      .notNull()
      .references(() => couples.id, { onDelete: 'cascade' }),
    inviterId: uuid('inviter_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    bundle: text('bundle').notNull(),
    inviterSecret: text('inviter_secret').notNull(),
    // SHA-256 of the accept token derived from the link secret; null only on invites made
    // before it existed (they cannot be accepted: the inviter makes a new link).
    acceptVerifier: text('accept_verifier'),
    createdAt: createdAt(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    consumedAt: timestamp('consumed_at', { withTimezone: true }),
  },
  (t) => [index('invites_couple_idx').on(t.coupleId)],
);

export const recordSeq = pgSequence('record_seq', { startWith: 1 });

export const records = pgTable(
  'records',
  {
    id: uuid('id').primaryKey(),
    scope: text('scope').notNull(),
    ownerUserId: uuid('owner_user_id').references(() => users.id, { onDelete: 'cascade' }),
    coupleId: uuid('couple_id').references(() => couples.id, { onDelete: 'cascade' }),
    authorId: uuid('author_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    keyEpoch: integer('key_epoch').notNull(),
    wrappedDek: text('wrapped_dek'),
    body: text('body'),
    deleted: boolean('deleted').notNull().default(false),
    seq: bigint('seq', { mode: 'number' })
      .notNull()
      .default(sql`nextval('record_seq')`),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('records_owner_seq_idx').on(t.ownerUserId, t.seq),
    index('records_couple_seq_idx').on(t.coupleId, t.seq),
    index('records_author_idx').on(t.authorId),
  ],
);

/**
 * One sealed answer per person to the daily question, under an opaque tag (an HMAC of the
 * question and date under the couple key). Answers never change; the partner's answer is served
 * only to someone who has answered the same tag in the same couple.
 */
export const revealAnswers = pgTable(
  'reveal_answers',
  {
    coupleId: uuid('couple_id')
      .notNull()
      .references(() => couples.id, { onDelete: 'cascade' }),
    tag: text('tag').notNull(),
    authorId: uuid('author_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    keyEpoch: integer('key_epoch').notNull(),
    wrappedDek: text('wrapped_dek').notNull(),
    body: text('body').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.coupleId, t.tag, t.authorId] }),
    index('reveal_answers_author_idx').on(t.authorId),
  ],
);

/** A browser's Web Push subscription, tied to the session that made it (signing out removes it). */
export const pushSubscriptions = pgTable(
  'push_subscriptions',
  {
    id: uuid('id').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    sessionTokenHash: text('session_token_hash')
      .notNull()
      .unique()
      .references(() => sessions.tokenHash, { onDelete: 'cascade' }),
    endpoint: text('endpoint').notNull().unique(),
    p256dh: text('p256dh').notNull(),
    auth: text('auth').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('push_subscriptions_user_idx').on(t.userId)],
);

/**
 * When to send each practice's reminder. `next_due_at` is precomputed in UTC from the wall-clock
 * time and zone, so the scheduler only compares instants; null while the reminder is off.
 */
export const reminderSchedules = pgTable(
  'reminder_schedules',
  {
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    practice: text('practice').notNull(),
    time: text('time').notNull(),
    timeZone: text('time_zone').notNull(),
    quietStart: text('quiet_start'),
    quietEnd: text('quiet_end'),
    enabled: boolean('enabled').notNull(),
    nextDueAt: timestamp('next_due_at', { withTimezone: true }),
    lastSentAt: timestamp('last_sent_at', { withTimezone: true }),
  },
  (t) => [
    primaryKey({ columns: [t.userId, t.practice] }),
    index('reminder_schedules_due_idx').on(t.nextDueAt),
  ],
);

/** That a person did a practice on a local date: enough to hold back that day's reminder. */
export const practiceDone = pgTable(
  'practice_done',
  {
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    practice: text('practice').notNull(),
    localDate: text('local_date').notNull(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.practice, t.localDate] })],
);
