// Writing the check-up. Answers and results stay in my user scope; sharing writes a separate
// couple record holding only the summary (share-payload.ts), and only when I press Share.
import type { CheckupResult, LocalDate } from '@hearth/core';
import { deleteRecord, newRecordId, writeRecord } from '../../lib/records';
import type { DecryptedRecord } from '../../lib/sync-snapshot';
import { checkupShareFrom } from './share-payload';

const nowIso = () => new Date().toISOString();

export interface InstrumentRef {
  id: string;
  version: number;
}

/** Keeps my place: one draft record, updated in place (so it follows me to my other devices). */
export async function saveDraft(
  instrument: InstrumentRef,
  answers: Record<string, number>,
  part: number,
  draftId: string | null,
): Promise<string> {
  return writeRecord(
    'user',
    {
      type: 'checkup-draft',
      instrumentId: instrument.id,
      version: instrument.version,
      answers,
      part,
      updatedAt: nowIso(),
    },
    draftId ?? newRecordId(),
  );
}

export async function finishCheckup(
  instrument: InstrumentRef,
  answers: Record<string, number>,
  takenOn: LocalDate,
  draftId: string | null,
): Promise<void> {
  await writeRecord('user', {
    type: 'checkup',
    instrumentId: instrument.id,
    version: instrument.version,
    answers,
    takenOn,
    completedAt: nowIso(),
  });
  if (draftId) await deleteRecord(draftId);
}

export async function discardDraft(draftId: string): Promise<void> {
  await deleteRecord(draftId);
}

export async function shareResults(result: CheckupResult, takenOn: LocalDate): Promise<void> {
  await writeRecord('couple', checkupShareFrom(result, takenOn, new Date()));
}

/** Withdraws every summary I shared (the partner's devices drop them on the next sync). */
export async function stopSharing(myShares: readonly DecryptedRecord[]): Promise<void> {
  for (const share of myShares) await deleteRecord(share.id);
}
