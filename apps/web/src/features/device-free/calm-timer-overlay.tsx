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
  endedBy = null,
  onClose,
}: {
  /** The time now running, or the one that just finished (then `finished` is true). */
  running: RunningDeviceFree;
  finished: boolean;
  /** The partner's name when they ended it early for both of us. */
  endedBy?: string | null;
  onClose: () => void;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const [now, setNow] = useState(() => Date.now());
  const [ending, setEnding] = useState(false);
  const [confirming, setConfirming] = useState(false);
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
    if (finished && !endedBy && !rang.current) {
      rang.current = true;
      playSoftBell();
    }
  }, [finished, endedBy]);

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
          {endedBy ? 'Device-free time has ended' : finished ? 'Time is up' : 'Device-free time'}
        </h1>
        {endedBy ? (
          <>
            <p className="calm-text">
              {endedBy} ended our device-free time. Whenever you are ready, say one thing you noticed about
              each other.
            </p>
            <button type="button" className="btn btn-primary" onClick={onClose} autoFocus>
              Back to Hearth
            </button>
          </>
        ) : finished ? (
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
            {confirming ? (
              <div className="calm-confirm" role="group" aria-labelledby="calm-confirm-text">
                <p id="calm-confirm-text" className="calm-text">
                  End device-free time for both of you?
                </p>
                <div className="row-actions">
                  <button
                    type="button"
                    className="btn btn-secondary"
                    disabled={ending}
                    onClick={() => {
                      setEnding(true);
                      void endDeviceFree(running.recordId, running.payload).catch(() => setEnding(false));
                    }}
                  >
                    Yes, end it
                  </button>
                  <button
                    type="button"
                    className="btn btn-quiet"
                    onClick={() => setConfirming(false)}
                    autoFocus
                  >
                    Keep going
                  </button>
                </div>
              </div>
            ) : (
              <button type="button" className="btn btn-quiet calm-end" onClick={() => setConfirming(true)}>
                End for both of us
              </button>
            )}
          </>
        )}
      </div>
    </dialog>
  );
}
