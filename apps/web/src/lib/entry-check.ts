// The server only ever sees ciphertext, so it cannot check what is inside a practice: this device
// does, before sealing, with the schema the record's kind declares (lib/record-kinds.ts), the
// same one every reader uses (docs/daily-practices.md, "Bad input"). Ordinary records and
// side-channel writes (reveal answers) go through this one check. A refused entry is never
// written, so nothing partial reaches the outbox.
import { notInFuture, type LocalDate } from '@hearth/core';
import type { RecordScope } from './api-types';
import type { SideChannel } from './record-kind';
import { kindOf, type RecordPayload } from './record-kinds';

export type EntryProblem = 'HEARTH_INVALID_ENTRY' | 'HEARTH_FUTURE_DATE';

export class EntryError extends Error {
  constructor(readonly code: EntryProblem) {
    super(code);
    this.name = 'EntryError';
  }
}

/** Where a write goes: the record store under a scope, or a side channel. */
export type EntryRoute = { store: RecordScope } | { sideChannel: SideChannel };

function routeAllowed(kind: NonNullable<ReturnType<typeof kindOf>>, route: EntryRoute): boolean {
  if ('sideChannel' in route) return kind.sideChannel === route.sideChannel;
  // A side-channel kind written as an ordinary record would skip the server's rules for it.
  if (kind.sideChannel !== null) return false;
  return route.store === 'user'
    ? kind.scopes.includes('private')
    : kind.scopes.includes('couple') || kind.scopes.includes('shared-with-partner');
}

export function entryProblem(
  payload: RecordPayload,
  today: LocalDate,
  route?: EntryRoute,
): EntryProblem | null {
  const kind = kindOf((payload as { type?: unknown } | null)?.type as string);
  if (!kind) return 'HEARTH_INVALID_ENTRY';
  try {
    kind.schema.parse(payload);
  } catch {
    return 'HEARTH_INVALID_ENTRY';
  }
  if (route && !routeAllowed(kind, route)) return 'HEARTH_INVALID_ENTRY';
  if (kind.dated && 'date' in payload && !notInFuture(payload.date, today)) return 'HEARTH_FUTURE_DATE';
  return null;
}

export function checkEntry(payload: RecordPayload, today: LocalDate, route?: EntryRoute): void {
  const problem = entryProblem(payload, today, route);
  if (problem) throw new EntryError(problem);
}
