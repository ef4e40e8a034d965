// Which key seals which record: the PDK for my private things, the couple key of the record's
// epoch for shared ones. The owner id bound into the ciphertext is always the one we expect
// (my id or my couple's id), so the server cannot move a record between scopes or couples.
import { openRecord, sealRecord, type RecordContext } from '@hearth/crypto';
import type { RecordScope } from './api-types';
import { keyVault } from './key-vault';
import { anyPayload, type RecordPayload, type UnknownPayload } from './record-payloads';

export class KeyUnavailableError extends Error {
  constructor() {
    super('The key for this record is not available on this device yet.');
    this.name = 'KeyUnavailableError';
  }
}

export interface SealTarget {
  scope: RecordScope;
  ownerId: string;
  keyEpoch: number;
  recordId: string;
  authorId: string;
  version: number;
}

function kidFor(scope: RecordScope, epoch: number): string {
  return scope === 'user' ? 'pdk' : `ck-${epoch}`;
}

function keyFor(scope: RecordScope, ownerId: string, keyEpoch: number): Uint8Array {
  const unlocked = keyVault.current;
  if (!unlocked) throw new KeyUnavailableError();
  if (scope === 'user') {
    // Only my own user-scope records are ever readable; anything else is not mine.
    if (ownerId !== unlocked.userId) throw new KeyUnavailableError();
    return unlocked.keys.pdk;
  }
  const key = keyVault.coupleKey(ownerId, keyEpoch);
  if (!key) throw new KeyUnavailableError();
  return key;
}

function context(t: SealTarget): RecordContext {
  return {
    scope: t.scope,
    ownerId: t.ownerId,
    recordId: t.recordId,
    authorId: t.authorId,
    version: t.version,
  };
}

export function sealPayload(
  target: SealTarget,
  payload: RecordPayload,
): { wrappedDek: string; body: string } {
  return sealRecord(
    keyFor(target.scope, target.ownerId, target.keyEpoch),
    kidFor(target.scope, target.keyEpoch),
    context(target),
    payload,
  );
}

/** Throws KeyUnavailableError when we lack the key, CryptoError when the record fails to verify. */
export function openPayload(
  target: SealTarget,
  sealed: { wrappedDek: string; body: string },
): RecordPayload | UnknownPayload {
  return openRecord(
    keyFor(target.scope, target.ownerId, target.keyEpoch),
    context(target),
    sealed,
    anyPayload,
  );
}
