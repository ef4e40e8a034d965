// Large read-only data (the content library) loaded on demand, once, and shared by every screen
// that asks for it. Keeps it out of the first-screen bundle.
import { useEffect, useSyncExternalStore } from 'react';

export interface LazyData<T> {
  load: () => Promise<T>;
  /** The data once loaded (starts loading on first use); null until then. */
  use: () => T | null;
}

export function lazyData<T>(importer: () => Promise<T>): LazyData<T> {
  let value: T | null = null;
  let pending: Promise<T> | null = null;
  const listeners = new Set<() => void>();

  const load = (): Promise<T> => {
    pending ??= importer().then(
      (loaded) => {
        value = loaded;
        for (const l of listeners) l();
        return loaded;
      },
      (error: unknown) => {
        // A failed chunk download (offline before the service worker cached it) may work later.
        pending = null;
        throw error;
      },
    );
    return pending;
  };

  const subscribe = (listener: () => void) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  };

  return {
    load,
    use() {
      const current = useSyncExternalStore(subscribe, () => value);
      useEffect(() => {
        if (value === null) load().catch(() => undefined);
      }, []);
      return current;
    },
  };
}
