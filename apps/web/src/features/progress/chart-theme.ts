// Chart colours come from the page's CSS variables, so charts follow light and dark mode; the
// hook re-renders when the scheme or the chosen theme changes.
import { useSyncExternalStore } from 'react';

export interface ChartColours {
  mine: string;
  partner: string;
  goal: string;
  text: string;
  grid: string;
}

function read(name: string, fallback: string): string {
  return getComputedStyle(document.documentElement).getPropertyValue(name).trim() || fallback;
}

export function chartColours(): ChartColours {
  return {
    mine: read('--chart-mine', '#a84a22'),
    partner: read('--chart-partner', '#2f6690'),
    goal: read('--chart-goal', '#675b52'),
    text: read('--muted', '#675b52'),
    grid: read('--border', '#e3d6c9'),
  };
}

function subscribe(listener: () => void): () => void {
  const scheme = matchMedia('(prefers-color-scheme: dark)');
  scheme.addEventListener('change', listener);
  const observer = new MutationObserver(listener);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
  return () => {
    scheme.removeEventListener('change', listener);
    observer.disconnect();
  };
}

/** A key that changes whenever the colours may have changed. */
export function useThemeKey(): string {
  return useSyncExternalStore(subscribe, () => {
    const dark = matchMedia('(prefers-color-scheme: dark)').matches;
    return `${document.documentElement.getAttribute('data-theme') ?? 'system'}-${dark ? 'dark' : 'light'}`;
  });
}
