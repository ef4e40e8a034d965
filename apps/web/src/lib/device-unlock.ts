// Reopening Hearth without typing the password: a non-extractable WebCrypto AES-GCM key, kept
// in this browser's IndexedDB, encrypts the user's keys (the format: sealDeviceUnlock in
// @hearth/crypto). The key can be used here but its bytes can never be read out, so copying the
// database elsewhere does not reveal the user keys.
// Sign-out and quick exit delete it; after that the password is needed again.
import { openDeviceUnlock, sealDeviceUnlock, type UserKeys } from '@hearth/crypto';
import { deleteDatabase } from './local-store';

const DB_NAME = 'hearth-device';
const STORE = 'unlock';
const ENTRY = 'current';

interface StoredUnlock {
  userId: string;
  key: CryptoKey;
  iv: Uint8Array;
  // An ArrayBuffer in what earlier versions stored; the bytes are the same either way.
  ciphertext: ArrayBuffer | Uint8Array;
}

function openDevice(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(DB_NAME, 1);
    req.onupgradeneeded = () => req.result.createObjectStore(STORE);
    req.onsuccess = () => {
      const db = req.result;
      db.onversionchange = () => db.close();
      resolve(db);
    };
    req.onerror = () => reject(req.error);
  });
}

async function withStore<T>(
  mode: IDBTransactionMode,
  fn: (store: IDBObjectStore) => IDBRequest<T>,
): Promise<T> {
  const db = await openDevice();
  try {
    return await new Promise<T>((resolve, reject) => {
      const tx = db.transaction(STORE, mode);
      const req = fn(tx.objectStore(STORE));
      tx.oncomplete = () => resolve(req.result);
      tx.onerror = () => reject(tx.error);
      tx.onabort = () => reject(tx.error);
    });
  } finally {
    db.close();
  }
}

/** Called after a successful sign-in: remember the keys for this browser. */
export async function rememberOnThisDevice(userId: string, keys: UserKeys): Promise<void> {
  const key = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, [
    'encrypt',
    'decrypt',
  ]);
  const { iv, ciphertext } = await sealDeviceUnlock(key, userId, keys);
  const entry: StoredUnlock = { userId, key, iv, ciphertext };
  await withStore('readwrite', (s) => s.put(entry, ENTRY));
}

/** The user keys remembered on this device for this user, or null. */
export async function unlockFromDevice(userId?: string): Promise<{ userId: string; keys: UserKeys } | null> {
  let entry: StoredUnlock | undefined;
  try {
    entry = await withStore<StoredUnlock | undefined>(
      'readonly',
      (s) => s.get(ENTRY) as IDBRequest<StoredUnlock | undefined>,
    );
  } catch {
    return null;
  }
  if (!entry || (userId !== undefined && entry.userId !== userId)) return null;
  try {
    const keys = await openDeviceUnlock(entry.key, entry.userId, {
      iv: entry.iv,
      ciphertext: new Uint8Array(entry.ciphertext),
    });
    return { userId: entry.userId, keys };
  } catch {
    return null;
  }
}

/** The user id remembered on this device (to open the right offline cache), or null. */
export async function rememberedUserId(): Promise<string | null> {
  try {
    const entry = await withStore<StoredUnlock | undefined>(
      'readonly',
      (s) => s.get(ENTRY) as IDBRequest<StoredUnlock | undefined>,
    );
    return entry?.userId ?? null;
  } catch {
    return null;
  }
}

export async function forgetThisDevice(): Promise<void> {
  await deleteDatabase(DB_NAME);
}
