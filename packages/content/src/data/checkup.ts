import instrumentV1 from '../../data/checkup/instrument-v1.json' with { type: 'json' };
import pulseV1 from '../../data/checkup/pulse-v1.json' with { type: 'json' };
import safetyResourcesFile from '../../data/checkup/safety-resources.json' with { type: 'json' };
import type { CheckupInstrument, Pulse, SafetyResources } from '../schema/checkup';
import { typed } from './typed';

/**
 * Every instrument version ever published, so a check-up answered under an old version can
 * still be scored with the items and rules it was answered with. Add new versions; never edit
 * or delete old ones.
 */
export const checkupInstruments: readonly CheckupInstrument[] = [typed<CheckupInstrument>(instrumentV1)];
export const pulses: readonly Pulse[] = [typed<Pulse>(pulseV1)];

function latest<T extends { version: number }>(versions: readonly T[]): T {
  const sorted = [...versions].sort((a, b) => b.version - a.version);
  const newest = sorted[0];
  if (!newest) throw new Error('no versions published');
  return newest;
}

/** The current check-up instrument. */
export const checkup: CheckupInstrument = latest(checkupInstruments);
/** The current weekly pulse. */
export const pulse: Pulse = latest(pulses);
export const safetyResources: SafetyResources = typed<SafetyResources>(safetyResourcesFile);

export function checkupInstrumentByVersion(version: number): CheckupInstrument | undefined {
  return checkupInstruments.find((instrument) => instrument.version === version);
}
