// An optional soft background tone for the exercise player, made in the browser: two low sine
// tones a fifth apart, breathing slowly in volume, behind a gentle low-pass. No files, no network.
import { audioContext } from './soft-bell';

interface Playing {
  stop: () => void;
}

let playing: Playing | null = null;

export function ambientPlaying(): boolean {
  return playing !== null;
}

/** Starts the tone (fading in); false when this browser cannot make sound yet. */
export function startAmbient(): boolean {
  if (playing) return true;
  const ctx = audioContext();
  if (!ctx) return false;
  const now = ctx.currentTime;
  const master = ctx.createGain();
  master.gain.setValueAtTime(0.0001, now);
  master.gain.exponentialRampToValueAtTime(0.05, now + 3);
  const filter = ctx.createBiquadFilter();
  filter.type = 'lowpass';
  filter.frequency.value = 600;
  filter.connect(master);
  master.connect(ctx.destination);

  // About six breaths a minute: the volume swells and falls over ten seconds.
  const breath = ctx.createOscillator();
  breath.frequency.value = 0.1;
  const breathDepth = ctx.createGain();
  breathDepth.gain.value = 0.3;
  const swell = ctx.createGain();
  swell.gain.value = 0.7;
  breath.connect(breathDepth);
  breathDepth.connect(swell.gain);
  swell.connect(filter);

  const tones = [110, 165, 220.5].map((frequency, index) => {
    const osc = ctx.createOscillator();
    osc.type = 'sine';
    osc.frequency.value = frequency;
    const level = ctx.createGain();
    level.gain.value = [1, 0.6, 0.25][index]!;
    osc.connect(level);
    level.connect(swell);
    return osc;
  });
  for (const node of [breath, ...tones]) node.start(now);

  playing = {
    stop: () => {
      const end = ctx.currentTime + 1.5;
      master.gain.cancelScheduledValues(ctx.currentTime);
      master.gain.setValueAtTime(Math.max(master.gain.value, 0.0001), ctx.currentTime);
      master.gain.exponentialRampToValueAtTime(0.0001, end);
      for (const node of [breath, ...tones]) node.stop(end + 0.1);
    },
  };
  return true;
}

export function stopAmbient(): void {
  playing?.stop();
  playing = null;
}
