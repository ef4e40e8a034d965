// Countdown arithmetic for the calm timers (hug, touch ritual, device-free time). Pure.

/** Whole seconds left until `endsAt`, never below zero (rounded up: "0:01" until it is over). */
export function secondsLeft(endsAt: number, now: number): number {
  return Math.max(0, Math.ceil((endsAt - now) / 1000));
}

/** "4:05", or "1:02:05" for an hour or more. */
export function clockText(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const rest = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${rest}` : `${m}:${rest}`;
}

/** The same time in words, for screen readers: "4 minutes 5 seconds". */
export function spokenTime(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds));
  const m = Math.floor(s / 60);
  const rest = s % 60;
  const parts: string[] = [];
  if (m > 0) parts.push(`${m} minute${m === 1 ? '' : 's'}`);
  if (rest > 0 || m === 0) parts.push(`${rest} second${rest === 1 ? '' : 's'}`);
  return parts.join(' ');
}

/** The fraction of a timer already done, 0…1, for the ring. */
export function fractionDone(totalSeconds: number, left: number): number {
  if (totalSeconds <= 0) return 1;
  return Math.min(1, Math.max(0, (totalSeconds - left) / totalSeconds));
}
