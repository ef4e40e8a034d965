// Sign-up, sign-in, recovery and password change, all with OPAQUE: the password (and the
// recovery key) never leave the browser; the server only sees OPAQUE messages and wrapped keys.
import {
  deriveKekFromExportKey,
  deriveKekFromRecoveryKey,
  encodeRecoveryKey,
  fromB64,
  generateRecoveryKey,
  generateUserKeys,
  makePublicIdentity,
  parseRecoveryKey,
  rewrapUmk,
  unwrapUserKeys,
  wrapUserKeys,
  type UserKeys,
} from '@hearth/crypto';
import { ApiError, api, type RegisterFinishBody } from '../../lib/api-client';
import type { Credential, MeResponse } from '../../lib/api-types';
import { keyVault } from '../../lib/key-vault';
import { loadOpaque } from '../../lib/opaque-client';
import { normalizeHandle } from './handle';

function loginFailed(): ApiError {
  return new ApiError(401, 'HEARTH_LOGIN_FAILED', 'Login failed');
}

/** Everything needed to finish sign-up once the person has confirmed their recovery key. */
export interface PendingSignUp {
  body: RegisterFinishBody;
  keys: UserKeys;
  recoveryDisplay: string;
}

/**
 * Step 1 of sign-up: reserve the handle and run both OPAQUE registrations (password and
 * recovery key). Nothing is stored until finishSignUp, after the recovery key is confirmed.
 */
export async function beginSignUp(handleInput: string, password: string): Promise<PendingSignUp> {
  const handle = normalizeHandle(handleInput);
  const opaque = await loadOpaque();
  const recovery = generateRecoveryKey();
  const pw = opaque.startRegistration({ password });
  const rk = opaque.startRegistration({ password: recovery.display });
  const started = await api.registerStart({
    handle,
    registrationRequest: pw.registrationRequest,
    recoveryRegistrationRequest: rk.registrationRequest,
  });
  const pwDone = opaque.finishRegistration({
    clientRegistrationState: pw.clientRegistrationState,
    registrationResponse: started.registrationResponse,
    password,
  });
  const rkDone = opaque.finishRegistration({
    clientRegistrationState: rk.clientRegistrationState,
    registrationResponse: started.recoveryRegistrationResponse,
    password: recovery.display,
  });
  const kekPassword = deriveKekFromExportKey(fromB64(pwDone.exportKey));
  const kekRecovery = deriveKekFromRecoveryKey(recovery.bytes);
  const keys = generateUserKeys();
  const wrapped = wrapUserKeys(started.userId, keys, kekPassword, kekRecovery);
  kekPassword.fill(0);
  kekRecovery.fill(0);
  recovery.bytes.fill(0);
  return {
    keys,
    recoveryDisplay: recovery.display,
    body: {
      handle,
      userId: started.userId,
      registrationRecord: pwDone.registrationRecord,
      recoveryRegistrationRecord: rkDone.registrationRecord,
      identity: makePublicIdentity(started.userId, keys),
      keys: wrapped,
    },
  };
}

export async function finishSignUp(pending: PendingSignUp): Promise<MeResponse> {
  return api.registerFinish(pending.body);
}

interface OpaqueLogin {
  exportKey: Uint8Array;
  me: MeResponse | null;
}

/** One OPAQUE login round trip, either a real sign-in or a re-authentication. */
async function opaqueLogin(
  handle: string,
  password: string,
  credential: Credential,
  mode: 'login' | 'reauth',
): Promise<OpaqueLogin> {
  const opaque = await loadOpaque();
  const { clientLoginState, startLoginRequest } = opaque.startLogin({ password });
  const { loginId, loginResponse } =
    mode === 'login'
      ? await api.loginStart({ handle, startLoginRequest, credential })
      : await api.reauthStart({ startLoginRequest });
  const finished = opaque.finishLogin({ clientLoginState, loginResponse, password });
  // undefined means the password does not match what was registered (or the handle is unknown).
  if (!finished) throw loginFailed();
  if (mode === 'login') {
    const me = await api.loginFinish({ loginId, finishLoginRequest: finished.finishLoginRequest });
    return { exportKey: fromB64(finished.exportKey), me };
  }
  await api.reauthFinish({ loginId, finishLoginRequest: finished.finishLoginRequest });
  return { exportKey: fromB64(finished.exportKey), me: null };
}

function unwrapWithPassword(me: MeResponse, exportKey: Uint8Array): UserKeys {
  const kek = deriveKekFromExportKey(exportKey);
  try {
    return unwrapUserKeys(
      me.user.id,
      { umk: me.keys.umkByPassword, via: 'password', identity: me.keys.identityWrapped, pdk: me.keys.pdk },
      kek,
    );
  } finally {
    kek.fill(0);
  }
}

export async function signIn(
  handleInput: string,
  password: string,
): Promise<{ me: MeResponse; keys: UserKeys }> {
  const { exportKey, me } = await opaqueLogin(normalizeHandle(handleInput), password, 'password', 'login');
  return { me: me!, keys: unwrapWithPassword(me!, exportKey) };
}

/** Signed in on the server but keys not on this device (no device unlock): re-authenticate. */
export async function unlockWithPassword(me: MeResponse, password: string): Promise<UserKeys> {
  const { exportKey } = await opaqueLogin(me.user.handle, password, 'password', 'reauth');
  return unwrapWithPassword(me, exportKey);
}

/** Confirms the password again before sensitive actions (export, deletion, password change). */
export async function reauthenticate(handle: string, password: string): Promise<void> {
  await opaqueLogin(handle, password, 'password', 'reauth');
}

/**
 * The recovery key is its own OPAQUE credential. Its OPAQUE password is the canonical display
 * form, rebuilt from the parsed bytes, so typing it in lower case or without dashes still works.
 */
export async function signInWithRecoveryKey(
  handleInput: string,
  recoveryInput: string,
): Promise<{ me: MeResponse; keys: UserKeys }> {
  const bytes = parseRecoveryKey(recoveryInput);
  const canonical = encodeRecoveryKey(bytes);
  const { me } = await opaqueLogin(normalizeHandle(handleInput), canonical, 'recovery', 'login');
  const kek = deriveKekFromRecoveryKey(bytes);
  bytes.fill(0);
  try {
    const keys = unwrapUserKeys(
      me!.user.id,
      { umk: me!.keys.umkByRecovery, via: 'recovery', identity: me!.keys.identityWrapped, pdk: me!.keys.pdk },
      kek,
    );
    return { me: me!, keys };
  } finally {
    kek.fill(0);
  }
}

/** Registers a new password and re-wraps the UMK under it; nothing else needs re-encrypting. */
export async function setNewPassword(newPassword: string, signOutOthers: boolean): Promise<void> {
  const { userId, keys } = keyVault.requireKeys();
  const opaque = await loadOpaque();
  const { clientRegistrationState, registrationRequest } = opaque.startRegistration({
    password: newPassword,
  });
  const { registrationResponse } = await api.passwordStart({ registrationRequest });
  const done = opaque.finishRegistration({
    clientRegistrationState,
    registrationResponse,
    password: newPassword,
  });
  const kek = deriveKekFromExportKey(fromB64(done.exportKey));
  const umkByPassword = rewrapUmk(userId, keys.umk, kek, 'password');
  kek.fill(0);
  await api.passwordFinish({ registrationRecord: done.registrationRecord, umkByPassword, signOutOthers });
}

export async function changePassword(
  handle: string,
  currentPassword: string,
  newPassword: string,
  signOutOthers: boolean,
): Promise<void> {
  await reauthenticate(handle, currentPassword);
  await setNewPassword(newPassword, signOutOthers);
}
