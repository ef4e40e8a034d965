// The invite secret from a /pair#<secret> link. It is read from the address bar once, removed
// from it at once (so it is not in history, bookmarks or screenshots of the URL), and kept only
// in this tab's sessionStorage while the person signs up or in. A link pasted into the address
// bar while /pair is open changes only the fragment: that is captured too, and screens told.
import { inviteSecretFromFragment } from '@hearth/crypto';

const KEY = 'hearth.pending-invite';
const listeners = new Set<(fragment: string) => void>();

export function captureInviteFromUrl(): void {
  if (location.pathname !== '/pair' || location.hash.length < 2) return;
  const fragment = location.hash.slice(1);
  history.replaceState(null, '', '/pair');
  try {
    sessionStorage.setItem(KEY, fragment);
  } catch {
    memoryFallback = fragment;
  }
  for (const listener of listeners) listener(fragment);
}

/** Calls `listener` with each invite fragment captured from now on; returns the unsubscribe. */
export function onInviteCaptured(listener: (fragment: string) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Whether a fragment has the shape of a link secret (32 bytes, base64url): checked before sign-up. */
export function isWellFormedInvite(fragment: string): boolean {
  try {
    inviteSecretFromFragment(fragment);
    return true;
  } catch {
    return false;
  }
}

let memoryFallback: string | null = null;

export function pendingInvite(): string | null {
  try {
    return sessionStorage.getItem(KEY) ?? memoryFallback;
  } catch {
    return memoryFallback;
  }
}

export function clearPendingInvite(): void {
  memoryFallback = null;
  try {
    sessionStorage.removeItem(KEY);
  } catch {
    // nothing stored
  }
}
