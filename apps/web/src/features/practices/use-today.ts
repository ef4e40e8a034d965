// The current local date and time, refreshed while the screen is open (so Today turns over at
// midnight without a reload).
import { useEffect, useState } from 'react';
import { todayLocal } from '../../lib/local-today';

export function useNow(everyMs: number): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), everyMs);
    return () => clearInterval(timer);
  }, [everyMs]);
  return now;
}

export function useToday(): string {
  const now = useNow(30_000);
  return todayLocal(new Date(now));
}
