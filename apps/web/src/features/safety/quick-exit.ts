// Quick exit: hide everything at once, wipe keys and the device unlock, and replace this page
// (and its history entry) with a neutral site so Back does not lead into the app.
import { QUICK_EXIT_URL } from '../../config';
import { unmountApp } from '../../lib/app-root';
import { appSession } from '../../lib/app-session';
import { setDiscreetLock } from './discreet-lock';

let exiting = false;

export function quickExit(): void {
  if (exiting) return;
  exiting = true;
  // Hide content first: the screen must change even before storage is wiped.
  document.documentElement.classList.add('quick-exit');
  document.title = 'Weather';
  setDiscreetLock();
  // No screen may render again with half-wiped state, and nothing personal stays in the page.
  unmountApp();
  const leave = () => location.replace(QUICK_EXIT_URL);
  // Deleting the device unlock is asynchronous; give it a moment, but never wait long.
  const timer = setTimeout(leave, 400);
  appSession
    .quickExitWipe()
    .catch(() => undefined)
    .finally(() => {
      clearTimeout(timer);
      leave();
    });
}
