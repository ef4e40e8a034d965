import * as opaque from '@serenity-kit/opaque';
import {
  deriveKekFromExportKey,
  fromB64,
  unwrapCoupleKey,
  unwrapUserKeys,
  type UserKeys,
} from '@hearth/crypto';
import { httpTarget } from '../../apps/server/test/support/http-target';
import type { MeResponse } from '../../apps/web/src/lib/api-types';

export interface NodeDevice {
  userId: string;
  keys: UserKeys;
  coupleId: string;
  /** The couple key of epoch 0 (a couple paired once has only that one). */
  coupleKey: Uint8Array;
}

/**
 * Signs in from Node the way the web app does (OPAQUE, then unwrapping the keys from /api/me),
 * so the seed can seal a history under the real keys of people who signed up in the browser.
 * To the server this is one more device of theirs.
 */
export async function signInFromNode(baseUrl: string, handle: string, password: string): Promise<NodeDevice> {
  await opaque.ready;
  const server = httpTarget(baseUrl);
  const login = opaque.client.startLogin({ password });
  const start = await server.request({
    method: 'POST',
    url: '/api/auth/login/start',
    payload: { handle, startLoginRequest: login.startLoginRequest, credential: 'password' },
  });
  if (start.statusCode !== 200)
    throw new Error(`login/start for ${handle}: ${start.statusCode} ${start.body}`);
  const { loginId, loginResponse } = start.json() as { loginId: string; loginResponse: string };
  const finished = opaque.client.finishLogin({
    password,
    loginResponse,
    clientLoginState: login.clientLoginState,
  });
  if (!finished) throw new Error(`wrong password for ${handle}`);
  const finish = await server.request({
    method: 'POST',
    url: '/api/auth/login/finish',
    payload: { loginId, finishLoginRequest: finished.finishLoginRequest },
  });
  if (finish.statusCode !== 200)
    throw new Error(`login/finish for ${handle}: ${finish.statusCode} ${finish.body}`);
  const me = finish.json() as MeResponse;
  const keys = unwrapUserKeys(
    me.user.id,
    { umk: me.keys.umkByPassword, via: 'password', identity: me.keys.identityWrapped, pdk: me.keys.pdk },
    deriveKekFromExportKey(fromB64(finished.exportKey)),
  );
  const couple = me.couple;
  const wrapped = me.keys.coupleKeys.find((k) => k.coupleId === couple?.id && k.epoch === 0);
  if (!couple || couple.status !== 'active' || !wrapped)
    throw new Error(`${handle} is not in an active couple`);
  return {
    userId: me.user.id,
    keys,
    coupleId: couple.id,
    coupleKey: unwrapCoupleKey(me.user.id, keys.umk, couple.id, 0, wrapped.wrapped),
  };
}
