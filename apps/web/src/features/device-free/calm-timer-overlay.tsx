// While device-free time runs, this is all either phone shows: a calm timer. It keeps the screen
// on where the browser allows, ends with a soft bell, and either of us can end it for both.
// Quick exit stays reachable (the button here, and Shift three times).
import { useEffect, useRef, useState } from 'react';
import { QuickExitButton } from '../safety/quick-exit-button';
import { clockText, fractionDone, secondsLeft, spokenTime } from '../timers/countdown';
import { ProgressRing } from '../timers/progress-ring';
import { playSoftBell, prepareSound } from '../timers/soft-bell';
import { useWakeLock } from '../timers/use-wake-lock';
import { endDeviceFree } from '../practices/practice-actions';
import type { RunningDeviceFree } from '../practices/practice-records';

export default function CalmTimerOverlay({
  running,
  finished,
  onClose,
}: {
  /** The time now running, or the one that just finished (then `finished` is true). */
  running: RunningDeviceFree;
  finished: boolean;
  onClose: () => void;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const [now, setNow] = useState(() => Date.now());
  const [ending, setEnding] = useState(false);
  const rang = useRef(false);
  useWakeLock(!finished);

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);

  useEffect(() => {
    if (finished) return;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [finished]);

  useEffect(() => {
    if (finished && !rang.current) {
      rang.current = true;
      playSoftBell();
    }
  }, [finished]);

  const total = running.payload.minutes * 60;
  const left = finished ? 0 : secondsLeft(running.endsAt, now);

  return (
    <dialog
      ref={ref}
      className="calm-overlay"
      aria-labelledby="calm-title"
      onCancel={(e) => e.preventDefault()}
      onPointerDown={prepareSound}
    >
      <div className="calm-top">
        <QuickExitButton />
      </div>
      <div className="calm-body">
        <h1 id="calm-title" className="calm-title">
          {finished ? 'Time is up' : 'Device-free time'}
        </h1>
        {finished ? (
          <>
            <p className="calm-text">
              Before you pick the phones up again, each say one thing you noticed about the other.
            </p>
            <button type="button" className="btn btn-primary" onClick={onClose} autoFocus>
              Back to Hearth
            </button>
          </>
        ) : (
          <>
            <ProgressRing fraction={fractionDone(total, left)} size="large">
              <span className="ring-time" role="timer" aria-label={`${spokenTime(left)} left`}>
                {clockText(left)}
              </span>
            </ProgressRing>
            <p className="calm-text">Phones down. This screen stays quiet until the time is up.</p>
            <button
              type="button"
              className="btn btn-quiet calm-end"
              disabled={ending}
              onClick={() => {
                setEnding(true);
                void endDeviceFree(running.recordId, running.payload).catch(() => setEnding(false));
              }}
            >
              End for both of us
            </button>
          </>
        )}
      </div>
    </dialog>
  );
}
