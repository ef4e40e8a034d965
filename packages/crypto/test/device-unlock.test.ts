import { describe, expect, it } from 'vitest';
import {
  fromHex,
  fromUtf8,
  openDeviceUnlock,
  sealDeviceUnlock,
  toB64,
  toHex,
  type UserKeys,
} from '../src/index.js';

// Pinned output: what the web app stores in IndexedDB to reopen without the password. A change
// would leave every remembered device unable to unlock (the person would have to sign in again).

const seq = (start: number, length: number) => Uint8Array.from({ length }, (_, i) => (start + i) % 256);

const rawKey = seq(0x40, 32);
const iv = 'a0a1a2a3a4a5a6a7a8a9aaab';
const userId = 'usr_alice';
const keys: UserKeys = {
  umk: seq(0x00, 32),
  pdk: seq(0x20, 32),
  x25519: { secretKey: seq(0x60, 32), publicKey: seq(0x80, 32) },
  ed25519: { secretKey: seq(0xc0, 32), publicKey: seq(0xe0, 32) },
};
const ciphertext =
  'acad735289c9a60f382e04bdc8cb61b0ad70968eaf3eea61a69dded5adba3faa1fff3f1686027df9af18c3ff199450ad' +
  'aa243f44c7db6274b152a7c7389d90f9cee0eb7c549f82f67d6c411cfb5c679eed60f83c47370f0bbeaad86225dd8fb7' +
  'b7ce34f7223df089e8016a17ee6474171e34a3c41dfbff14abcf0b60c93ca9e1a5edad0e5378b28cf68456258cab06d3' +
  'c0547408992dc0589b9a477418bb0387930ebea74b0b75904aa3270c02371cd4fefe7bc43a1793b00fdf97050085ca02' +
  'acc057583e843a31975cb86f52d02c70b1f8dcab764319875877c9e59dd589df7a1f3bfc79b3aa00a6322e142f4ed2a0' +
  '8e1547df3acf57c2cc421be549c05112d5a10cb2af1f44cd6e23b797935c949058ef3772fe361586b7c499f188429070' +
  'ebdd88ebc74209bd0f1c6d5b49a37845a7c05e9b685637473cdefdc0f8d3dc470201ccfb9d';

function importKey(): Promise<CryptoKey> {
  return crypto.subtle.importKey('raw', rawKey, 'AES-GCM', false, ['encrypt', 'decrypt']);
}

const decryptFailed = expect.objectContaining({ code: 'HEARTH_DECRYPT_FAILED' });

describe('device unlock (AES-256-GCM under a WebCrypto key)', () => {
  it('sealDeviceUnlock produces the pinned ciphertext for a fixed key and IV', async () => {
    const sealed = await sealDeviceUnlock(await importKey(), userId, keys, () => fromHex(iv));
    expect(toHex(sealed.iv)).toBe(iv);
    expect(toHex(sealed.ciphertext)).toBe(ciphertext);
  });

  it('openDeviceUnlock recovers the keys from the pinned ciphertext', async () => {
    const sealed = { iv: fromHex(iv), ciphertext: fromHex(ciphertext) };
    expect(await openDeviceUnlock(await importKey(), userId, sealed)).toEqual(keys);
  });

  it('the plaintext is the keys as b64url JSON, and the user id is the associated data', async () => {
    // Straight through WebCrypto, bypassing openDeviceUnlock (a copy gives the ArrayBuffer it wants).
    const plain = await crypto.subtle.decrypt(
      {
        name: 'AES-GCM',
        iv: new Uint8Array(fromHex(iv)),
        additionalData: new TextEncoder().encode(`hearth/device-unlock/v1/${userId}`),
      },
      await importKey(),
      new Uint8Array(fromHex(ciphertext)),
    );
    expect(JSON.parse(fromUtf8(new Uint8Array(plain)))).toEqual({
      umk: toB64(keys.umk),
      pdk: toB64(keys.pdk),
      xs: toB64(keys.x25519.secretKey),
      xp: toB64(keys.x25519.publicKey),
      es: toB64(keys.ed25519.secretKey),
      ep: toB64(keys.ed25519.publicKey),
    });
  });

  it('refuses another user id, another key or a flipped bit with the one generic error', async () => {
    const key = await importKey();
    const sealed = { iv: fromHex(iv), ciphertext: fromHex(ciphertext) };
    await expect(openDeviceUnlock(key, 'usr_bob', sealed)).rejects.toEqual(decryptFailed);
    const otherKey = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['decrypt']);
    await expect(openDeviceUnlock(otherKey, userId, sealed)).rejects.toEqual(decryptFailed);
    const flipped = fromHex(ciphertext);
    flipped[0]! ^= 1;
    await expect(openDeviceUnlock(key, userId, { ...sealed, ciphertext: flipped })).rejects.toEqual(
      decryptFailed,
    );
  });

  it('draws a fresh IV for every seal', async () => {
    const key = await importKey();
    const first = await sealDeviceUnlock(key, userId, keys);
    const second = await sealDeviceUnlock(key, userId, keys);
    expect(first.iv).toHaveLength(12);
    expect(toHex(first.iv)).not.toBe(toHex(second.iv));
    expect(await openDeviceUnlock(key, userId, second)).toEqual(keys);
  });
});
