import { randomUUID } from 'node:crypto';
import * as opaque from '@serenity-kit/opaque';
import {
  computeAcceptMac,
  deriveInviteAcceptToken,
  deriveInviteId,
  inviteAcceptVerifier,
  deriveKekFromExportKey,
  deriveKekFromRecoveryKey,
  fromB64,
  generateCoupleKey,
  generateInviteSecret,
  generateRecoveryKey,
  generateUserKeys,
  makePublicIdentity,
  openInviteBundle,
  openRecord,
  sealInviteBundle,
  sealJoinerNote,
  sealJson,
  sealRecord,
  toB64,
  unwrapCoupleKey,
  wrapCoupleKey,
  wrapUserKeys,
  signInviteBundle,
  type PublicIdentity,
  type UserKeys,
} from '@hearth/crypto';
import type { HttpResponse, RequestTarget } from './http-target';

/** A person driving the real API with real OPAQUE and real envelopes, as the browser does. */
export class TestUser {
  /** Cookies as a browser keeps them: the session and the known-device cookie. */
  private readonly jar = new Map<string, string>();
  get cookie(): string {
    return [...this.jar].map(([name, value]) => `${name}=${value}`).join('; ');
  }
  set cookie(value: string) {
    this.jar.clear();
    for (const pair of value
      .split(';')
      .map((p) => p.trim())
      .filter(Boolean)) {
      const at = pair.indexOf('=');
      this.jar.set(pair.slice(0, at), pair.slice(at + 1));
    }
  }
  /** Headers sent with every request, e.g. the address a proxy forwards for this browser. */
  headers: Record<string, string> = {};
  userId = '';
  keys!: UserKeys;
  identity!: PublicIdentity;
  recoveryDisplay = '';
  coupleId: string | undefined;
  coupleKey: Uint8Array | undefined;

  constructor(
    readonly server: RequestTarget,
    readonly handle: string,
    readonly password: string,
  ) {}

  static uniqueHandle(prefix = 'user'): string {
    return `${prefix}-${randomUUID().slice(0, 12)}`;
  }

  static async signUp(
    server: RequestTarget,
    prefix = 'user',
    password = 'correct horse battery staple',
  ): Promise<TestUser> {
    const user = new TestUser(server, TestUser.uniqueHandle(prefix), password);
    await user.register();
    return user;
  }

  async req(
    method: string,
    url: string,
    payload?: unknown,
    extra: { headers?: Record<string, string> } = {},
  ) {
    const response = await this.server.request({
      method: method as 'GET',
      url,
      cookie: this.cookie || undefined,
      ...(payload === undefined ? {} : { payload: payload as Record<string, unknown> }),
      headers: { ...this.headers, ...extra.headers },
    });
    this.captureCookie(response);
    return response;
  }

  captureCookie(response: HttpResponse): void {
    const setCookie = response.headers['set-cookie'];
    const cookies = Array.isArray(setCookie) ? setCookie : setCookie ? [setCookie] : [];
    for (const cookie of cookies) {
      const pair = cookie.split(';')[0]!;
      const name = pair.slice(0, pair.indexOf('='));
      const value = pair.slice(pair.indexOf('=') + 1);
      if (value) this.jar.set(name, value);
      else this.jar.delete(name);
    }
  }

  async register(): Promise<void> {
    await opaque.ready;
    const recovery = generateRecoveryKey();
    this.recoveryDisplay = recovery.display;
    const pw = opaque.client.startRegistration({ password: this.password });
    const rk = opaque.client.startRegistration({ password: recovery.display });
    const start = await this.req('POST', '/api/auth/register/start', {
      handle: this.handle,
      registrationRequest: pw.registrationRequest,
      recoveryRegistrationRequest: rk.registrationRequest,
    });
    if (start.statusCode !== 200) throw new Error(`register/start ${start.statusCode} ${start.body}`);
    const started = start.json() as {
      userId: string;
      registrationResponse: string;
      recoveryRegistrationResponse: string;
    };
    this.userId = started.userId;
    const pwDone = opaque.client.finishRegistration({
      password: this.password,
      registrationResponse: started.registrationResponse,
      clientRegistrationState: pw.clientRegistrationState,
    });
    const rkDone = opaque.client.finishRegistration({
      password: recovery.display,
      registrationResponse: started.recoveryRegistrationResponse,
      clientRegistrationState: rk.clientRegistrationState,
    });
    this.keys = generateUserKeys();
    this.identity = makePublicIdentity(this.userId, this.keys);
    const wrapped = wrapUserKeys(
      this.userId,
      this.keys,
      deriveKekFromExportKey(fromB64(pwDone.exportKey)),
      deriveKekFromRecoveryKey(recovery.bytes),
    );
    const finish = await this.req('POST', '/api/auth/register/finish', {
      handle: this.handle,
      userId: this.userId,
      registrationRecord: pwDone.registrationRecord,
      recoveryRegistrationRecord: rkDone.registrationRecord,
      identity: this.identity,
      keys: wrapped,
    });
    if (finish.statusCode !== 201) throw new Error(`register/finish ${finish.statusCode} ${finish.body}`);
  }

  /** Runs OPAQUE sign-in; returns the finish response (or the start response when that failed). */
  async signIn(password = this.password, credential: 'password' | 'recovery' = 'password') {
    await opaque.ready;
    const login = opaque.client.startLogin({ password });
    const start = await this.req('POST', '/api/auth/login/start', {
      handle: this.handle,
      startLoginRequest: login.startLoginRequest,
      credential,
    });
    if (start.statusCode !== 200) return start;
    const { loginId, loginResponse } = start.json() as { loginId: string; loginResponse: string };
    const finished = opaque.client.finishLogin({
      password,
      loginResponse,
      clientLoginState: login.clientLoginState,
    });
    if (!finished) return undefined;
    return this.req('POST', '/api/auth/login/finish', {
      loginId,
      finishLoginRequest: finished.finishLoginRequest,
    });
  }

  async reauth(): Promise<number> {
    const login = opaque.client.startLogin({ password: this.password });
    const start = await this.req('POST', '/api/auth/reauth/start', {
      startLoginRequest: login.startLoginRequest,
    });
    const { loginId, loginResponse } = start.json() as { loginId: string; loginResponse: string };
    const finished = opaque.client.finishLogin({
      password: this.password,
      loginResponse,
      clientLoginState: login.clientLoginState,
    });
    const done = await this.req('POST', '/api/auth/reauth/finish', {
      loginId,
      finishLoginRequest: finished!.finishLoginRequest,
    });
    return done.statusCode;
  }

  /** Starts a couple and publishes an invite; returns the secret s that would live in the link. */
  async invite(): Promise<{ secret: Uint8Array; inviteId: string }> {
    const created = await this.req('POST', '/api/couples');
    if (created.statusCode !== 201) throw new Error(`couples ${created.statusCode} ${created.body}`);
    const couple = (created.json() as { couple: { id: string } }).couple;
    this.coupleId = couple.id;
    this.coupleKey = this.coupleKey ?? generateCoupleKey();
    const keyPut = await this.req('PUT', '/api/keys/couple', {
      coupleId: couple.id,
      epoch: 0,
      wrapped: wrapCoupleKey(this.userId, this.keys.umk, couple.id, 0, this.coupleKey),
    });
    if (keyPut.statusCode !== 204) throw new Error(`keys ${keyPut.statusCode} ${keyPut.body}`);
    const secret = generateInviteSecret();
    const inviteId = deriveInviteId(secret);
    const bundle = sealInviteBundle(secret, inviteId, {
      coupleId: couple.id,
      coupleKey: toB64(this.coupleKey),
      inviter: this.identity,
      inviterName: 'Inviter',
      bundleSignature: signInviteBundle(this.keys, couple.id, this.identity),
    });
    const inviterSecret = sealJson(this.keys.pdk, 'pdk', toB64(secret), {
      scope: 'user',
      ownerId: this.userId,
      recordId: inviteId,
      recordType: 'invite-secret',
      authorId: this.userId,
      version: 1,
    });
    const response = await this.req('POST', '/api/invites', {
      inviteId,
      coupleId: couple.id,
      bundle,
      inviterSecret,
      acceptVerifier: inviteAcceptVerifier(deriveInviteAcceptToken(secret)),
      expiresInHours: 72,
    });
    if (response.statusCode !== 201) throw new Error(`invite ${response.statusCode} ${response.body}`);
    return { secret, inviteId };
  }

  async accept(secret: Uint8Array, inviteId = deriveInviteId(secret)) {
    const fetched = await this.req('GET', `/api/invites/${inviteId}`);
    if (fetched.statusCode !== 200) return fetched;
    const { bundle } = fetched.json() as { bundle: string };
    const opened = openInviteBundle(secret, inviteId, bundle);
    const response = await this.req('POST', `/api/invites/${inviteId}/accept`, {
      acceptToken: deriveInviteAcceptToken(secret),
      mac: computeAcceptMac(secret, opened.coupleId, opened.inviter, this.identity),
      joinerNote: sealJoinerNote(secret, inviteId, { name: 'Joiner' }),
    });
    if (response.statusCode === 200) {
      this.coupleId = opened.coupleId;
      this.coupleKey = fromB64(opened.coupleKey);
      await this.req('PUT', '/api/keys/couple', {
        coupleId: opened.coupleId,
        epoch: 0,
        wrapped: wrapCoupleKey(this.userId, this.keys.umk, opened.coupleId, 0, this.coupleKey),
      });
    }
    return response;
  }

  /** Invite, accept and the inviter's confirmation: a couple that may write shared things. */
  static async pair(inviter: TestUser, joiner: TestUser): Promise<void> {
    const { secret } = await inviter.invite();
    const accepted = await joiner.accept(secret);
    if (accepted.statusCode !== 200) throw new Error(`accept ${accepted.statusCode} ${accepted.body}`);
    const confirmed = await inviter.req('POST', '/api/couple/confirm');
    if (confirmed.statusCode !== 200) throw new Error(`confirm ${confirmed.statusCode} ${confirmed.body}`);
  }

  /** Seals a payload for a record the way the browser does and PUTs it. */
  async writeRecord(
    scope: 'user' | 'couple',
    payload: unknown,
    options: { id?: string; version?: number } = {},
  ) {
    const id = options.id ?? randomUUID();
    const version = options.version ?? 1;
    const key = scope === 'user' ? this.keys.pdk : this.coupleKey!;
    const ownerId = scope === 'user' ? this.userId : this.coupleId!;
    const sealed = sealRecord(
      key,
      scope === 'user' ? 'pdk' : 'ck-0',
      { scope, ownerId, recordId: id, authorId: this.userId, version },
      payload,
    );
    const response = await this.req('PUT', `/api/records/${id}`, { scope, version, keyEpoch: 0, ...sealed });
    return { id, response };
  }

  /** Seals an answer to the day's question as the browser does ('reveal:' + tag) and PUTs it. */
  async answerReveal(tag: string, payload: unknown) {
    const sealed = sealRecord(
      this.coupleKey!,
      'ck-0',
      {
        scope: 'couple',
        ownerId: this.coupleId!,
        recordId: `reveal:${tag}`,
        authorId: this.userId,
        version: 1,
      },
      payload,
    );
    return this.req('PUT', `/api/reveals/${tag}`, { keyEpoch: 0, ...sealed });
  }

  /** Opens an answer from a reveal (mine or my partner's) with the couple key. */
  openRevealAnswer<T>(
    tag: string,
    answer: { authorId: string; wrappedDek: string; body: string },
    schema: { parse(value: unknown): T },
  ): T {
    return openRecord(
      this.coupleKey!,
      {
        scope: 'couple',
        ownerId: this.coupleId!,
        recordId: `reveal:${tag}`,
        authorId: answer.authorId,
        version: 1,
      },
      answer,
      schema,
    );
  }

  unwrapCoupleKeyFrom(wrapped: string, coupleId: string): Uint8Array {
    return unwrapCoupleKey(this.userId, this.keys.umk, coupleId, 0, wrapped);
  }
}
