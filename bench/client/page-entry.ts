import * as opaque from '@serenity-kit/opaque';
import {
  deriveKekFromExportKey,
  deriveKekFromRecoveryKey,
  fromB64,
  generateRecoveryKey,
  generateUserKeys,
  makePublicIdentity,
  openRecord,
  randomBytes,
  sealRecord,
  unwrapUserKeys,
  wrapUserKeys,
} from '@hearth/crypto';
import type { HearthBenchPage, OpaqueTimes, SyncPullTimes } from './page-types';

// Runs inside Chromium (bundled by esbuild): the same code paths the web app uses, timed in place.

const passThrough = { parse: (value: unknown) => value };

function payload(index: number, bytes: number) {
  return { type: 'note', day: index % 365, text: 'x'.repeat(Math.max(0, bytes - 40)) };
}

/** The fields of `/api/sync` the pull needs (see apps/server/src/records/records.service.ts). */
interface SyncPage {
  records: Array<{
    id: string;
    scope: 'user' | 'couple';
    ownerId: string;
    authorId: string;
    version: number;
    wrappedDek: string | null;
    body: string | null;
    deleted: boolean;
  }>;
  cursor: number;
  hasMore: boolean;
}

/** What a fresh device does first: pull the whole history and decrypt it, page after page. */
async function syncPull(pdkB64: string, pageSize: number): Promise<SyncPullTimes> {
  const pdk = fromB64(pdkB64);
  let cursor = 0;
  let records = 0;
  let pages = 0;
  let fetchMs = 0;
  let openMs = 0;
  const started = performance.now();
  for (;;) {
    const fetchStart = performance.now();
    const response = await fetch(`/api/sync?cursor=${cursor}&limit=${pageSize}`, {
      credentials: 'same-origin',
    });
    if (!response.ok) throw new Error(`/api/sync answered ${response.status}`);
    const syncPage = (await response.json()) as SyncPage;
    const openStart = performance.now();
    fetchMs += openStart - fetchStart;
    for (const record of syncPage.records) {
      if (record.deleted || record.scope !== 'user' || !record.wrappedDek || !record.body) continue;
      const { id: recordId, scope, ownerId, authorId, version } = record;
      openRecord(
        pdk,
        { scope, ownerId, recordId, authorId, version },
        { wrappedDek: record.wrappedDek, body: record.body },
        passThrough,
      );
      records++;
    }
    openMs += performance.now() - openStart;
    pages++;
    cursor = syncPage.cursor;
    if (!syncPage.hasMore) break;
  }
  return { records, pages, totalMs: performance.now() - started, fetchMs, openMs };
}

const page: HearthBenchPage = {
  ready: opaque.ready,

  cryptoThroughput(records, payloadBytes) {
    const key = randomBytes(32);
    const ownerId = crypto.randomUUID();
    const authorId = crypto.randomUUID();
    const contexts = Array.from({ length: records }, () => ({
      scope: 'couple' as const,
      ownerId,
      recordId: crypto.randomUUID(),
      authorId,
      version: 1,
    }));
    const payloads = contexts.map((_, i) => payload(i, payloadBytes));
    const sealStart = performance.now();
    const sealed = contexts.map((ctx, i) => sealRecord(key, 'ck-0', ctx, payloads[i]));
    const sealMs = performance.now() - sealStart;
    const openStart = performance.now();
    for (let i = 0; i < records; i++) openRecord(key, contexts[i]!, sealed[i]!, passThrough);
    const openMs = performance.now() - openStart;
    return { records, payloadBytes, sealMs, openMs };
  },

  opaqueTimes(password): OpaqueTimes {
    const serverSetup = opaque.server.createSetup();
    const userId = crypto.randomUUID();
    let serverStepsMs = 0;
    const server = <T>(step: () => T): T => {
      const started = performance.now();
      const result = step();
      serverStepsMs += performance.now() - started;
      return result;
    };

    const signUpStart = performance.now();
    const recovery = generateRecoveryKey();
    const pw = opaque.client.startRegistration({ password });
    const rk = opaque.client.startRegistration({ password: recovery.display });
    const pwResponse = server(() =>
      opaque.server.createRegistrationResponse({
        serverSetup,
        userIdentifier: userId,
        registrationRequest: pw.registrationRequest,
      }),
    );
    const rkResponse = server(() =>
      opaque.server.createRegistrationResponse({
        serverSetup,
        userIdentifier: `${userId}:recovery`,
        registrationRequest: rk.registrationRequest,
      }),
    );
    const pwDone = opaque.client.finishRegistration({
      password,
      registrationResponse: pwResponse.registrationResponse,
      clientRegistrationState: pw.clientRegistrationState,
    });
    opaque.client.finishRegistration({
      password: recovery.display,
      registrationResponse: rkResponse.registrationResponse,
      clientRegistrationState: rk.clientRegistrationState,
    });
    const keys = generateUserKeys();
    makePublicIdentity(userId, keys);
    const wrapped = wrapUserKeys(
      userId,
      keys,
      deriveKekFromExportKey(fromB64(pwDone.exportKey)),
      deriveKekFromRecoveryKey(recovery.bytes),
    );
    const signUpMs = performance.now() - signUpStart - serverStepsMs;

    const serverBeforeSignIn = serverStepsMs;
    const signInStart = performance.now();
    const login = opaque.client.startLogin({ password });
    const started = server(() =>
      opaque.server.startLogin({
        serverSetup,
        userIdentifier: userId,
        registrationRecord: pwDone.registrationRecord,
        startLoginRequest: login.startLoginRequest,
      }),
    );
    const finished = opaque.client.finishLogin({
      password,
      loginResponse: started.loginResponse,
      clientLoginState: login.clientLoginState,
    });
    if (!finished) throw new Error('OPAQUE sign-in failed in the benchmark page');
    server(() =>
      opaque.server.finishLogin({
        serverLoginState: started.serverLoginState,
        finishLoginRequest: finished.finishLoginRequest,
      }),
    );
    unwrapUserKeys(
      userId,
      { umk: wrapped.umkByPassword, via: 'password', identity: wrapped.identity, pdk: wrapped.pdk },
      deriveKekFromExportKey(fromB64(finished.exportKey)),
    );
    const signInMs = performance.now() - signInStart - (serverStepsMs - serverBeforeSignIn);

    return { signUpMs, signInMs, serverStepsMs };
  },

  syncPull,
};

(globalThis as unknown as { hearthBench: HearthBenchPage }).hearthBench = page;
