// The check-in mood marks are graphical objects: each needs 3:1 against what it sits on (WCAG
// 1.4.11), in the light and the dark theme, on the card and on a chosen (soft accent) tile.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const css = readFileSync(resolve(import.meta.dirname, 'base.css'), 'utf8');

/** The custom properties declared in the first block that follows `selector`. */
function tokens(selector: string): Map<string, string> {
  const start = css.indexOf(selector);
  if (start < 0) throw new Error(`${selector} not found in base.css`);
  const body = css.slice(css.indexOf('{', start) + 1, css.indexOf('}', start));
  return new Map(
    [...body.matchAll(/--([\w-]+):\s*(#[0-9a-f]{6})/gi)].map((m) => [m[1]!, m[2]!.toLowerCase()]),
  );
}

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light! + 0.05) / (dark! + 0.05);
}

const themes = {
  light: tokens(':root {'),
  dark: tokens(":root[data-theme='dark']"),
  'dark (system)': tokens(":root:not([data-theme='light'])"),
};

describe('check-in mood colours', () => {
  for (const [theme, values] of Object.entries(themes)) {
    for (const mood of [1, 2, 3, 4, 5]) {
      for (const background of ['surface', 'accent-soft']) {
        it(`mood ${mood} on ${background}, ${theme}: at least 3:1`, () => {
          const colour = values.get(`mood-${mood}`);
          const behind = values.get(background);
          expect(colour, `--mood-${mood}`).toBeDefined();
          expect(contrast(colour!, behind!)).toBeGreaterThanOrEqual(3);
        });
      }
    }
  }

  it('the system dark theme and the chosen dark theme agree', () => {
    const moods = (values: Map<string, string>) => [1, 2, 3, 4, 5].map((mood) => values.get(`mood-${mood}`));
    expect(moods(themes['dark (system)'])).toEqual(moods(themes.dark));
  });
});
