// The check-up, the weekly pulse and the safety resources: loaded on demand (see content-libraries.ts).
export { checkup, checkupInstruments, pulse, pulses, safetyResources } from '@hearth/content';
