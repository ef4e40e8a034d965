// Typed calls to the Hearth HTTP API. Only ciphertext and public keys ever go through here.
import type { PublicIdentity } from '@hearth/crypto';
import type {
  ApiAuthoredAnswer,
  ApiCouple,
  ApiInvite,
  ApiInvitePublic,
  ApiRecord,
  ApiReveal,
  ApiSession,
  Credential,
  MeResponse,
  PushSubscriptionBody,
  RecordScope,
  ReminderPractice,
  ReminderSettings,
  SyncResponse,
} from './api-types';

/** Code used when the request never reached the server (offline, DNS, server down). */
export const NETWORK_ERROR_CODE = 'HEARTH_NETWORK';

export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  /** The whole parsed error body, e.g. `current` on a version conflict. */
  readonly body: unknown;
  readonly retryAfterSeconds: number | null;

  constructor(
    status: number,
    code: string,
    message: string,
    body: unknown = null,
    retryAfterSeconds: number | null = null,
  ) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.body = body;
    this.retryAfterSeconds = retryAfterSeconds;
  }

  get isNetwork(): boolean {
    return this.code === NETWORK_ERROR_CODE;
  }
}

type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';

async function request<T>(method: Method, path: string, body?: unknown): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      credentials: 'same-origin',
      cache: 'no-store',
      // Why: the invite secret lives in the URL fragment; never leak even the path elsewhere.
      referrerPolicy: 'no-referrer',
      headers:
        body === undefined
          ? { accept: 'application/json' }
          : { accept: 'application/json', 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new ApiError(0, NETWORK_ERROR_CODE, 'The server could not be reached.');
  }
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  let parsed: unknown = null;
  if (text) {
    try {
      parsed = JSON.parse(text);
    } catch {
      parsed = null;
    }
  }
  if (!response.ok) {
    const err = (parsed as { error?: { code?: unknown; message?: unknown } } | null)?.error;
    const code = typeof err?.code === 'string' ? err.code : `HTTP_${response.status}`;
    const message = typeof err?.message === 'string' ? err.message : response.statusText;
    const retryAfter = Number(response.headers.get('retry-after'));
    throw new ApiError(
      response.status,
      code,
      message,
      parsed,
      Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : null,
    );
  }
  return parsed as T;
}

export interface RegisterStartResponse {
  userId: string;
  registrationResponse: string;
  recoveryRegistrationResponse: string;
}

export interface RegisterFinishBody {
  handle: string;
  userId: string;
  registrationRecord: string;
  recoveryRegistrationRecord: string;
  identity: PublicIdentity;
  keys: { umkByPassword: string; umkByRecovery: string; identity: string; pdk: string };
}

export interface LoginStartResponse {
  loginId: string;
  loginResponse: string;
}

export interface PutRecordBody {
  scope: RecordScope;
  version: number;
  keyEpoch: number;
  wrappedDek: string;
  body: string;
}

export interface CreateInviteBody {
  inviteId: string;
  coupleId: string;
  bundle: string;
  inviterSecret: string;
  acceptVerifier: string;
  expiresInHours: number;
}

const enc = encodeURIComponent;

export const api = {
  me: () => request<MeResponse>('GET', '/api/me'),

  registerStart: (b: { handle: string; registrationRequest: string; recoveryRegistrationRequest: string }) =>
    request<RegisterStartResponse>('POST', '/api/auth/register/start', b),
  registerFinish: (b: RegisterFinishBody) => request<MeResponse>('POST', '/api/auth/register/finish', b),

  loginStart: (b: { handle: string; startLoginRequest: string; credential: Credential }) =>
    request<LoginStartResponse>('POST', '/api/auth/login/start', b),
  loginFinish: (b: { loginId: string; finishLoginRequest: string }) =>
    request<MeResponse>('POST', '/api/auth/login/finish', b),

  // The server takes the handle from the session and accepts only the password credential here
  // (its schema is strict, so the login body of docs/api.md would be refused with 400).
  reauthStart: (b: { startLoginRequest: string }) =>
    request<LoginStartResponse>('POST', '/api/auth/reauth/start', b),
  reauthFinish: (b: { loginId: string; finishLoginRequest: string }) =>
    request<void>('POST', '/api/auth/reauth/finish', b),

  logout: () => request<void>('POST', '/api/auth/logout'),

  passwordStart: (b: { registrationRequest: string }) =>
    request<{ registrationResponse: string }>('POST', '/api/auth/password/start', b),
  passwordFinish: (b: { registrationRecord: string; umkByPassword: string; signOutOthers: boolean }) =>
    request<void>('POST', '/api/auth/password/finish', b),

  sessions: () => request<{ sessions: ApiSession[] }>('GET', '/api/sessions'),
  revokeSession: (id: string) => request<void>('DELETE', `/api/sessions/${enc(id)}`),

  deleteAccount: () => request<void>('DELETE', '/api/account'),

  putCoupleKey: (b: { coupleId: string; epoch: number; wrapped: string }) =>
    request<void>('PUT', '/api/keys/couple', b),

  createCouple: () => request<{ couple: ApiCouple }>('POST', '/api/couples'),
  couple: () => request<{ couple: ApiCouple | null }>('GET', '/api/couple'),
  confirmCouple: () => request<{ couple: ApiCouple }>('POST', '/api/couple/confirm'),
  unlinkCouple: () => request<{ couple: null }>('POST', '/api/couple/unlink'),

  createInvite: (b: CreateInviteBody) =>
    request<{ invite: { inviteId: string; expiresAt: string } }>('POST', '/api/invites', b),
  myInvites: () => request<{ invites: ApiInvite[] }>('GET', '/api/invites'),
  revokeInvite: (inviteId: string) => request<void>('DELETE', `/api/invites/${enc(inviteId)}`),
  getInvite: (inviteId: string) => request<ApiInvitePublic>('GET', `/api/invites/${enc(inviteId)}`),
  acceptInvite: (inviteId: string, b: { acceptToken: string; mac: string; joinerNote: string }) =>
    request<{ couple: ApiCouple }>('POST', `/api/invites/${enc(inviteId)}/accept`, b),

  putRecord: (id: string, b: PutRecordBody) =>
    request<{ record: ApiRecord }>('PUT', `/api/records/${enc(id)}`, b),
  deleteRecord: (id: string, version: number) =>
    request<{ record: ApiRecord }>('DELETE', `/api/records/${enc(id)}?version=${version}`),
  sync: (cursor: number, limit = 500) =>
    request<SyncResponse>('GET', `/api/sync?cursor=${cursor}&limit=${limit}`),

  // Answer-then-reveal: the server pairs two sealed answers by an opaque tag it cannot read.
  putReveal: (tag: string, b: { keyEpoch: number; wrappedDek: string; body: string }) =>
    request<{ reveal: unknown }>('PUT', `/api/reveals/${enc(tag)}`, b),
  reveal: (tag: string) => request<ApiReveal>('GET', `/api/reveals/${enc(tag)}`),
  myAnswers: (after: string | null) =>
    request<{ answers: ApiAuthoredAnswer[]; next: string | null }>(
      'GET',
      `/api/reveals/mine${after ? `?after=${enc(after)}` : ''}`,
    ),
  reveals: (tags: string[]) =>
    request<{ reveals: ApiReveal[] }>('GET', `/api/reveals?tags=${tags.map(enc).join(',')}`),

  // Reminders and Web Push: the server learns times and a time zone, never what anyone wrote.
  pushPublicKey: () => request<{ publicKey: string }>('GET', '/api/push/public-key'),
  putPushSubscription: (b: PushSubscriptionBody) => request<void>('PUT', '/api/push/subscription', b),
  deletePushSubscription: () => request<void>('DELETE', '/api/push/subscription'),
  reminders: () => request<ReminderSettings>('GET', '/api/reminders'),
  putReminders: (b: ReminderSettings) => request<ReminderSettings>('PUT', '/api/reminders', b),
  practiceDone: (b: { practice: ReminderPractice; date: string }) =>
    request<void>('POST', '/api/practices/done', b),
};
