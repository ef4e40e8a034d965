/**
 * The control log as a grow-only set: both devices add events and the sync layer may deliver them
 * in any order or more than once. Merging is a union by event id in one fixed order, so the same
 * events always give the same log, whichever arrived first.
 */
import type { SessionEvent } from './session-event-schema';
import type { ExerciseSession } from './session-plan';

/** The log order: by time, then writer, then id, so equal clocks still give one order. */
export function compareSessionEvents(a: SessionEvent, b: SessionEvent): number {
  return a.at - b.at || compareText(a.by, b.by) || compareText(a.id, b.id);
}

// Code-unit order, not locale order: every device must sort the same way.
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Union of logs by event id, sorted. */
export function mergeSessionEvents(...logs: readonly (readonly SessionEvent[])[]): SessionEvent[] {
  const byId = new Map<string, SessionEvent>();
  for (const event of logs.flat()) {
    const known = byId.get(event.id);
    // Events never change once written; if two copies differ anyway, pick one the same way everywhere.
    if (!known || canonical(event) < canonical(known)) byId.set(event.id, event);
  }
  return [...byId.values()].sort(compareSessionEvents);
}

function canonical(event: SessionEvent): string {
  // A key list as replacer writes the keys in that (sorted) order.
  return JSON.stringify(event, Object.keys(event).sort());
}

/** The session with more events added (already-known ids are kept once). */
export function appendSessionEvents(
  session: ExerciseSession,
  ...events: readonly SessionEvent[]
): ExerciseSession {
  return { ...session, events: mergeSessionEvents(session.events, events) };
}

/** Our copy of a session merged with the copy from the other device. The header is ours. */
export function mergeSessions(ours: ExerciseSession, theirs: ExerciseSession): ExerciseSession {
  if (ours.id !== theirs.id) throw new Error(`cannot merge session ${theirs.id} into ${ours.id}`);
  return { ...ours, events: mergeSessionEvents(ours.events, theirs.events) };
}
