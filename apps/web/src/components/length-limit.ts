// What a text field says about its length limit. Pure, so the thresholds are tested directly.
// The limit is shown as the person nears it and never enforced by cutting text off: a browser's
// maxlength silently drops the end of a paste, so fields count instead and the form refuses.

/** Shown from this share of the limit on. */
const NEAR = 0.8;

export interface LengthNote {
  text: string;
  over: boolean;
}

export function lengthNote(length: number, max: number): LengthNote | null {
  if (length > max) {
    const extra = length - max;
    return {
      text: `${extra.toLocaleString()} character${extra === 1 ? '' : 's'} over the limit of ${max.toLocaleString()}. Please shorten it a little.`,
      over: true,
    };
  }
  if (length >= Math.floor(max * NEAR)) {
    return { text: `${length.toLocaleString()} of ${max.toLocaleString()} characters`, over: false };
  }
  return null;
}
