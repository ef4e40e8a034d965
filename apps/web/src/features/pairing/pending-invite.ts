// The invite secret from a /pair#<secret> link. It is read from the address bar once, removed
// from it at once (so it is not in history, bookmarks or screenshots of the URL), and kept only
// in this tab's sessionStorage while the person signs up or in.
const KEY = 'hearth.pending-invite';

export function captureInviteFromUrl(): void {
  if (location.pathname !== '/pair' || location.hash.length < 2) return;
  const fragment = location.hash.slice(1);
  history.replaceState(null, '', '/pair');
  try {
    sessionStorage.setItem(KEY, fragment);
  } catch {
    memoryFallback = fragment;
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
