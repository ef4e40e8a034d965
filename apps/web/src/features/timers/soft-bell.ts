// Calm sound made in the browser with Web Audio (no audio files are ever fetched): a soft bell,
// and the shared audio context the ambient tone uses too.
let context: AudioContext | null = null;

/** Whether this page may start sound: the person has touched it (browsers ask for a gesture). */
function touchedByPerson(): boolean {
  const activation = (navigator as Navigator & { userActivation?: { hasBeenActive: boolean } })
    .userActivation;
  return activation ? activation.hasBeenActive : false;
}

/**
 * The audio context, made only once the person has interacted with the page (never on load), so
 * no sound can start on its own and no context is made for people who never press anything.
 */
export function audioContext(): AudioContext | null {
  if (typeof window === 'undefined' || !('AudioContext' in window)) return null;
  if (!context && !touchedByPerson()) return null;
  context ??= new AudioContext();
  if (context.state === 'suspended') void context.resume().catch(() => undefined);
  return context;
}

/** Call from a tap (Start, Begin), so the bell can ring later when a timer ends on its own. */
export function prepareSound(): void {
  audioContext();
}

export function playSoftBell(): void {
  const ctx = audioContext();
  if (!ctx) return;
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
