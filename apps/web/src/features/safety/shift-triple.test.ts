import { describe, expect, it } from 'vitest';
import { createShiftDetector } from './shift-triple';

function run(presses: [string, number, boolean?][]): boolean[] {
  const d = createShiftDetector(3, 1000);
  return presses.map(([key, t, repeat]) => d.press(key, t, repeat ?? false));
}

describe('quick exit shortcut: Shift three times within a second', () => {
  it('fires on the third press within the window', () => {
    expect(
      run([
        ['Shift', 0],
        ['Shift', 300],
        ['Shift', 600],
      ]),
    ).toEqual([false, false, true]);
  });

  it('does not fire when the presses are spread over more than a second', () => {
    expect(
      run([
        ['Shift', 0],
        ['Shift', 600],
        ['Shift', 1200],
      ]),
    ).toEqual([false, false, false]);
  });

  it('counts a sliding window, so a slow first press is forgotten', () => {
    expect(
      run([
        ['Shift', 0],
        ['Shift', 1100],
        ['Shift', 1400],
        ['Shift', 1700],
      ]),
    ).toEqual([false, false, false, true]);
  });

  it('ignores auto-repeat from holding Shift down', () => {
    expect(
      run([
        ['Shift', 0],
        ['Shift', 30, true],
        ['Shift', 60, true],
        ['Shift', 90, true],
      ]),
    ).toEqual([false, false, false, false]);
  });

  it('is broken by typing another key, so capital letters do not trigger it', () => {
    expect(
      run([
        ['Shift', 0],
        ['A', 50],
        ['Shift', 100],
        ['B', 150],
        ['Shift', 200],
      ]),
    ).toEqual([false, false, false, false, false]);
  });

  it('starts again after firing', () => {
    expect(
      run([
        ['Shift', 0],
        ['Shift', 100],
        ['Shift', 200],
        ['Shift', 300],
      ]),
    ).toEqual([false, false, true, false]);
  });
});
