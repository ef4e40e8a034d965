// After a quick exit, whatever the Back button can still reach must show nothing personal: this
// flag (a display preference on this device, like the theme) makes the lock screen neutral until
// the person unlocks again, and sends a page restored from the back/forward cache to a fresh load.
const KEY = 'hearth.discreet-lock';

export function setDiscreetLock(): void {
  try {
    localStorage.setItem(KEY, '1');
  } catch {
    // storage may be unavailable in private modes; the exit still wipes keys and leaves
  }
}

export function isDiscreetLock(): boolean {
  try {
    return localStorage.getItem(KEY) === '1';
  } catch {
    return false;
  }
}

export function clearDiscreetLock(): void {
  try {
    localStorage.removeItem(KEY);
  } catch {
    // nothing stored, nothing to clear
  }
}

/** A page shown again from the back/forward cache after a quick exit still holds what it showed. */
export function reloadIfRestoredAfterExit(event: PageTransitionEvent): void {
  if (!event.persisted || !isDiscreetLock()) return;
  document.documentElement.classList.add('quick-exit');
  location.reload();
}
