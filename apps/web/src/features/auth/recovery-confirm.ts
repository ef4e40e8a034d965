// Asking for two groups of the recovery key back proves the person actually wrote it down.
export function recoveryGroups(display: string): string[] {
  return display.split('-');
}

/** Two different group positions (0-based), in ascending order. */
export function pickConfirmationGroups(
  groupCount: number,
  random: () => number = Math.random,
): [number, number] {
  if (groupCount < 2) throw new RangeError('need at least two groups');
  const first = Math.floor(random() * groupCount);
  let second = Math.floor(random() * (groupCount - 1));
  if (second >= first) second += 1;
  return first < second ? [first, second] : [second, first];
}

/** Same forgiving reading as the recovery-key parser: case, spaces, I/L → 1, O → 0. */
export function normalizeGroup(input: string): string {
  return input
    .toUpperCase()
    .replace(/[\s-]+/g, '')
    .replace(/[IL]/g, '1')
    .replace(/O/g, '0');
}

export function groupMatches(display: string, position: number, typed: string): boolean {
  const expected = recoveryGroups(display)[position];
  return expected !== undefined && normalizeGroup(typed) === expected;
}
