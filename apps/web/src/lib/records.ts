// Writing records from features: picks the owner and key epoch for the scope, and a fresh
// client-chosen id for new records (so a retried create can never make a duplicate).
import { ApiError } from './api-client';
import { appSession } from './app-session';
import { checkEntry } from './entry-check';
import { keyVault } from './key-vault';
import type { RecordScope } from './api-types';
import type { RecordPayload } from './record-payloads';
import { todayLocal } from './local-today';

function noCouple(): ApiError {
  return new ApiError(409, 'HEARTH_NO_COUPLE', 'No active couple');
}

export function newRecordId(): string {
  return crypto.randomUUID();
}

export async function writeRecord(
  scope: RecordScope,
  payload: RecordPayload,
  recordId: string = newRecordId(),
): Promise<string> {
  const engine = appSession.engine;
  const state = appSession.state;
  const unlocked = keyVault.current;
  if (!engine || state.status !== 'ready' || !unlocked) throw new Error('Not signed in');
  checkEntry(payload, todayLocal(), { store: scope });
  if (scope === 'user') {
    await engine.write(recordId, 'user', unlocked.userId, 0, payload);
    return recordId;
  }
  const couple = state.me.couple;
  if (!couple || couple.status !== 'active' || !keyVault.hasCoupleKey(couple.id, couple.epoch))
    throw noCouple();
  await engine.write(recordId, 'couple', couple.id, couple.epoch, payload);
  return recordId;
}

export async function deleteRecord(recordId: string): Promise<void> {
  const engine = appSession.engine;
  if (!engine) throw new Error('Not signed in');
  await engine.remove(recordId);
}
