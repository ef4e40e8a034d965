// The server only ever sees ciphertext, so it cannot check what is inside a practice: this device
// does, before sealing, with the same schemas every reader uses (docs/daily-practices.md, "Bad
// input"). A refused entry is never written, so nothing partial reaches the outbox.
import { notInFuture, type LocalDate } from '@hearth/core';
import { anyPayload, type RecordPayload } from './record-payloads';

export type EntryProblem = 'HEARTH_INVALID_ENTRY' | 'HEARTH_FUTURE_DATE';

export class EntryError extends Error {
  constructor(readonly code: EntryProblem) {
    super(code);
    this.name = 'EntryError';
  }
}

/** Practices that belong to a calendar day. */
const datedTypes = new Set(['checkin', 'gratitude', 'touch', 'question-skip']);

export function entryProblem(payload: RecordPayload, today: LocalDate): EntryProblem | null {
  try {
    anyPayload.parse(payload);
  } catch {
    return 'HEARTH_INVALID_ENTRY';
  }
  if (datedTypes.has(payload.type) && 'date' in payload && !notInFuture(payload.date, today)) {
    return 'HEARTH_FUTURE_DATE';
  }
  return null;
}

export function checkEntry(payload: RecordPayload, today: LocalDate): void {
  const problem = entryProblem(payload, today);
  if (problem) throw new EntryError(problem);
}
