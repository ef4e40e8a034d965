// The 20-second hug: long enough to really arrive in it. A countdown ring and a soft bell.
import { useState } from 'react';
import { ProgressRing } from '../timers/progress-ring';
import { clockText, fractionDone, spokenTime } from '../timers/countdown';
import { useCountdown } from '../timers/use-countdown';

const HUG_SECONDS = 20;

export function HugTimer({ onLog }: { onLog: () => Promise<void> }) {
  const [logged, setLogged] = useState(false);
  const timer = useCountdown(HUG_SECONDS, { onDone: () => setLogged(false) });
  const started = timer.running || timer.left < timer.total;

  return (
    <div className="hug-timer">
      <ProgressRing fraction={fractionDone(timer.total, timer.left)} size="medium">
        <span className="ring-time" role="timer" aria-label={`Hug timer: ${spokenTime(timer.left)} left`}>
          {clockText(timer.left)}
        </span>
      </ProgressRing>
      <div className="hug-timer-side">
        <p className="muted" role="status" aria-live="polite">
          {timer.finished
            ? 'Lovely. One small squeeze before you let go.'
            : timer.running
              ? 'Breathe out slowly and let your shoulders drop.'
              : started
                ? 'Paused. Carry on whenever you are both ready.'
                : 'Ask “Hug?” first. “Not now” is a fine answer.'}
        </p>
        <div className="row-actions">
          {timer.running ? (
            <button type="button" className="btn btn-secondary" onClick={timer.pause}>
              Pause the hug timer
            </button>
          ) : timer.finished ? (
            <>
              <button
                type="button"
                className="btn btn-primary"
                disabled={logged}
                onClick={() => void onLog().then(() => setLogged(true))}
              >
                {logged ? 'Logged' : 'Log it as a hug'}
              </button>
              <button type="button" className="btn btn-quiet" onClick={() => timer.reset()}>
                Again
              </button>
            </>
          ) : (
            <button type="button" className="btn btn-primary" onClick={timer.start}>
              {started ? 'Carry on' : 'Start the 20-second hug'}
            </button>
          )}
        </div>
      </div>
    </div>
  );
}
