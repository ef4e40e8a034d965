// React bindings for the session and the sync engine's decrypted snapshot.
import { useSyncExternalStore } from 'react';
import { appSession, type SessionState } from './app-session';
import type { MeResponse } from './api-types';
import type { SyncSnapshot } from './sync-engine';

export function useSession(): SessionState {
  return useSyncExternalStore(appSession.subscribe, appSession.getState);
}

/** The signed-in person; only call below the route guard, where the session is ready. */
export function useMe(): MeResponse {
  const state = useSession();
  if (state.status !== 'ready' && state.status !== 'locked' && state.status !== 'recovery')
    throw new Error('useMe outside a signed-in screen');
  return state.me;
}

const emptySnapshot: SyncSnapshot = {
  loaded: false,
  complete: false,
  synced: false,
  records: [],
  pendingCount: 0,
  conflicts: [],
  pendingReveals: [],
  problemCount: 0,
  syncing: false,
  lastError: null,
};

function subscribeToEngine(listener: () => void): () => void {
  let unsubscribeEngine = appSession.engine?.subscribe(listener) ?? (() => undefined);
  let engine = appSession.engine;
  // The engine is replaced on sign-in and sign-out: follow it.
  const unsubscribeSession = appSession.subscribe(() => {
    if (appSession.engine !== engine) {
      unsubscribeEngine();
      engine = appSession.engine;
      unsubscribeEngine = engine?.subscribe(listener) ?? (() => undefined);
      listener();
    }
  });
  return () => {
    unsubscribeEngine();
    unsubscribeSession();
  };
}

export function useSyncSnapshot(): SyncSnapshot {
  return useSyncExternalStore(subscribeToEngine, () => appSession.engine?.snapshot ?? emptySnapshot);
}
