// A step timer that can be started, paused and reset; rings softly and calls onDone at zero.
import { useCallback, useEffect, useRef, useState } from 'react';
import { secondsLeft } from './countdown';
import { playSoftBell, prepareSound } from './soft-bell';

export interface Countdown {
  total: number;
  left: number;
  running: boolean;
  finished: boolean;
  start: () => void;
  pause: () => void;
  reset: (seconds?: number) => void;
  /** Starts a fresh countdown of `seconds` at once (the next step of an exercise). */
  restart: (seconds: number) => void;
}

export function useCountdown(seconds: number, opts: { bell?: boolean; onDone?: () => void } = {}): Countdown {
  const [total, setTotal] = useState(seconds);
  const [left, setLeft] = useState(seconds);
  const [endsAt, setEndsAt] = useState<number | null>(null);
  const onDone = useRef(opts.onDone);
  onDone.current = opts.onDone;
  const bell = opts.bell ?? true;

  useEffect(() => {
    if (endsAt === null) return;
    const tick = () => {
      const remaining = secondsLeft(endsAt, Date.now());
      setLeft(remaining);
      if (remaining === 0) {
        setEndsAt(null);
        if (bell) playSoftBell();
        onDone.current?.();
      }
    };
    tick();
    const timer = setInterval(tick, 250);
    return () => clearInterval(timer);
  }, [endsAt, bell]);

  const start = useCallback(() => {
    prepareSound();
    setEndsAt(Date.now() + (left > 0 ? left : total) * 1000);
    if (left === 0) setLeft(total);
  }, [left, total]);

  const pause = useCallback(() => {
    setEndsAt((current) => {
      if (current !== null) setLeft(secondsLeft(current, Date.now()));
      return null;
    });
  }, []);

  const reset = useCallback(
    (next?: number) => {
      const s = next ?? seconds;
      setEndsAt(null);
      setTotal(s);
      setLeft(s);
    },
    [seconds],
  );

  const restart = useCallback((next: number) => {
    setTotal(next);
    setLeft(next);
    setEndsAt(Date.now() + next * 1000);
  }, []);

  return {
    total,
    left,
    running: endsAt !== null,
    finished: left === 0 && endsAt === null,
    start,
    pause,
    reset,
    restart,
  };
}
