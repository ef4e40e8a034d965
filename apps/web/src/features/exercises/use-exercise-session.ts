// One live exercise session for the player: the merged session from both phones' records, the
// view at this moment, and a clock that ticks while a timer runs (and wakes at the step's end).
import { viewAt, type SessionView } from '@hearth/core';
import { useEffect, useMemo, useState } from 'react';
import { useSyncSnapshot } from '../../lib/use-session';
import { completions, sessionsFrom, type LiveSession } from './exercise-records';

export interface SessionState {
  live: LiveSession | null;
  view: SessionView | null;
  now: number;
  /** The couple's log already has this session. */
  logged: boolean;
  loaded: boolean;
}

/** A clock for the player: about four times a second while something runs, otherwise still. */
function useTicking(active: boolean): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!active) return;
    const timer = window.setInterval(() => setNow(Date.now()), 250);
    return () => window.clearInterval(timer);
  }, [active]);
  return now;
}

export function useExerciseSession(sessionId: string): SessionState {
  const { records, loaded } = useSyncSnapshot();
  const live = useMemo(() => sessionsFrom(records).get(sessionId) ?? null, [records, sessionId]);
  const logged = useMemo(() => completions(records).has(sessionId), [records, sessionId]);
  const [running, setRunning] = useState(false);
  const ticked = useTicking(running);
  // New events arrive with the records; the clock must read "now" for them, not the last tick.
  const now = Math.max(ticked, Date.now());
  const view = live ? viewAt(live.session, now) : null;
  const nextRunning = view?.phase === 'running';
  useEffect(() => setRunning(nextRunning), [nextRunning]);
  return { live, view, now, logged, loaded };
}
