import { draw, fromB64, fromUtf8, toB64, utf8, type Rng } from './encoding.js';
import { decryptFailed } from './errors.js';
import type { UserKeys } from './keys.js';

// Reopening Hearth on this device without the password: the user keys sealed with AES-256-GCM
// under a WebCrypto key the caller keeps (the web app: non-extractable, in IndexedDB). WebCrypto
// rather than @noble because only WebCrypto keeps a key whose bytes can never be read out; that
// makes these two functions the package's only asynchronous ones.

export const DEVICE_UNLOCK_IV_BYTES = 12;
export const DEVICE_UNLOCK_AAD_PREFIX = 'hearth/device-unlock/v1/';

export interface DeviceUnlockSealed {
  iv: Uint8Array;
  ciphertext: Uint8Array;
}

function associatedData(userId: string): Uint8Array<ArrayBuffer> {
  return utf8(DEVICE_UNLOCK_AAD_PREFIX + userId) as Uint8Array<ArrayBuffer>;
}

function serializeKeys(keys: UserKeys): Uint8Array<ArrayBuffer> {
  const json = JSON.stringify({
    umk: toB64(keys.umk),
    pdk: toB64(keys.pdk),
    xs: toB64(keys.x25519.secretKey),
    xp: toB64(keys.x25519.publicKey),
    es: toB64(keys.ed25519.secretKey),
    ep: toB64(keys.ed25519.publicKey),
  });
  return utf8(json) as Uint8Array<ArrayBuffer>;
}

function deserializeKeys(bytes: Uint8Array): UserKeys {
  const fields = JSON.parse(fromUtf8(bytes)) as Record<string, string>;
  const get = (name: string) => fromB64(fields[name] ?? '');
  return {
    umk: get('umk'),
    pdk: get('pdk'),
    x25519: { secretKey: get('xs'), publicKey: get('xp') },
    ed25519: { secretKey: get('es'), publicKey: get('ep') },
  };
}

/** A fresh random 12-byte IV per seal; the user id is bound as associated data. */
export async function sealDeviceUnlock(
  key: CryptoKey,
  userId: string,
  keys: UserKeys,
  rng?: Rng,
): Promise<DeviceUnlockSealed> {
  const iv = draw(DEVICE_UNLOCK_IV_BYTES, rng) as Uint8Array<ArrayBuffer>;
  const plain = serializeKeys(keys);
  try {
    const ciphertext = await crypto.subtle.encrypt(
      { name: 'AES-GCM', iv, additionalData: associatedData(userId) },
      key,
      plain,
    );
    return { iv, ciphertext: new Uint8Array(ciphertext) };
  } finally {
    plain.fill(0);
  }
}

/** Throws the generic `HEARTH_DECRYPT_FAILED` for a wrong key, user id or altered bytes. */
export async function openDeviceUnlock(
  key: CryptoKey,
  userId: string,
  sealed: DeviceUnlockSealed,
): Promise<UserKeys> {
  let plain: Uint8Array;
  try {
    plain = new Uint8Array(
      await crypto.subtle.decrypt(
        {
          name: 'AES-GCM',
          iv: sealed.iv as Uint8Array<ArrayBuffer>,
          additionalData: associatedData(userId),
        },
        key,
        sealed.ciphertext as Uint8Array<ArrayBuffer>,
      ),
    );
  } catch {
    throw decryptFailed();
  }
  try {
    return deserializeKeys(plain);
  } catch {
    throw decryptFailed();
  } finally {
    plain.fill(0);
  }
}
