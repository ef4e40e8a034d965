// Quick exit: hide everything at once, wipe keys and the device unlock, and replace this page
// (and its history entry) with a neutral site so Back does not lead into the app.
import { QUICK_EXIT_URL } from '../../config';
import { appSession } from '../../lib/app-session';

let exiting = false;

export function quickExit(): void {
  if (exiting) return;
  exiting = true;
  // Hide content first: the screen must change even before storage is wiped.
  document.documentElement.classList.add('quick-exit');
  document.title = 'Weather';
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
