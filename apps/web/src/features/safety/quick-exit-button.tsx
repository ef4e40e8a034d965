// The always-visible way out. Also bound to Shift pressed three times (see useQuickExitShortcut).
import { useEffect } from 'react';
import { quickExit } from './quick-exit';
import { createShiftDetector } from './shift-triple';

export function QuickExitButton() {
  return (
    <>
      <button type="button" className="btn quick-exit" onClick={quickExit} aria-describedby="quick-exit-hint">
        Quick exit
      </button>
      {/* Outside the button, so screen readers say the name once and the hint as its description. */}
      <span id="quick-exit-hint" className="visually-hidden">
        Leaves Hearth at once and opens a weather page. Shortcut: press Shift three times.
      </span>
    </>
  );
}

export function useQuickExitShortcut(): void {
  useEffect(() => {
    const detector = createShiftDetector();
    const onKey = (e: KeyboardEvent) => {
      if (detector.press(e.key, e.timeStamp || performance.now(), e.repeat)) quickExit();
    };
    window.addEventListener('keydown', onKey, { capture: true });
    return () => window.removeEventListener('keydown', onKey, { capture: true });
  }, []);
}
