// The one React root, so quick exit can take every screen down at once (nothing re-renders
// half-wiped state, and nothing personal stays in the page).
import type { Root } from 'react-dom/client';

let root: Root | null = null;

export function setAppRoot(value: Root): void {
  root = value;
}

export function unmountApp(): void {
  root?.unmount();
  root = null;
}
