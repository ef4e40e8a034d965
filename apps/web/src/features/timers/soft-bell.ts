// A soft bell made in the browser with Web Audio (no audio files): two quiet sine partials with a
// slow fade, so the end of a timer is noticed without a jolt.
let context: AudioContext | null = null;

function audio(): AudioContext | null {
  if (typeof window === 'undefined' || !('AudioContext' in window)) return null;
  context ??= new AudioContext();
  return context;
}

/**
 * Browsers only let a page make sound after the person touched it. Call this from a tap (Start),
 * so the bell can ring later, when the timer ends on its own.
 */
export function prepareSound(): void {
  const ctx = audio();
  if (ctx && ctx.state === 'suspended') void ctx.resume().catch(() => undefined);
}

export function playSoftBell(): void {
  const ctx = audio();
  if (!ctx) return;
  if (ctx.state === 'suspended') void ctx.resume().catch(() => undefined);
  const start = ctx.currentTime + 0.05;
  const master = ctx.createGain();
  master.gain.value = 0.18;
  master.connect(ctx.destination);
  // A fundamental and a gentle upper partial, as a small bowl would sound.
  for (const [frequency, level, seconds] of [
    [528, 1, 3.2],
    [1320, 0.35, 1.8],
  ] as const) {
    const osc = ctx.createOscillator();
    const gain = ctx.createGain();
    osc.type = 'sine';
    osc.frequency.value = frequency;
    gain.gain.setValueAtTime(0.0001, start);
    gain.gain.exponentialRampToValueAtTime(level, start + 0.02);
    gain.gain.exponentialRampToValueAtTime(0.0001, start + seconds);
    osc.connect(gain);
    gain.connect(master);
    osc.start(start);
    osc.stop(start + seconds + 0.1);
  }
}
