// Detects Shift pressed three times in quick succession (the quick-exit shortcut).
import { QUICK_EXIT_PRESSES, QUICK_EXIT_WINDOW_MS } from '../../config';

export interface ShiftDetector {
  /** Feed every keydown; returns true when the shortcut is complete. */
  press(key: string, timeMs: number, isRepeat: boolean): boolean;
}

export function createShiftDetector(
  presses = QUICK_EXIT_PRESSES,
  windowMs = QUICK_EXIT_WINDOW_MS,
): ShiftDetector {
  let times: number[] = [];
  return {
    press(key, timeMs, isRepeat) {
      if (key !== 'Shift') {
        // Typing a capital letter uses Shift too; any other key in between breaks the sequence.
        times = [];
        return false;
      }
      if (isRepeat) return false; // holding Shift down is one press, not many
      times = [...times.filter((t) => timeMs - t <= windowMs), timeMs];
      if (times.length >= presses) {
        times = [];
        return true;
      }
      return false;
    },
  };
}
