// Live change notices from the server (Server-Sent Events). They carry no content, only "look
// again": a record changed (pull) or the couple changed (refresh the couple).
export interface EventHandlers {
  onChange: () => void;
  onCouple: () => void;
  /** Called whenever the stream (re)opens; `first` is false after a reconnect, when notices may have been missed. */
  onOpen: (first: boolean) => void;
  /** This device's session was ended from another device (sessions list, password change, recovery). */
  onSignedOut?: () => void;
}

const MAX_RETRY_MS = 30_000;

export function connectEvents(handlers: EventHandlers): () => void {
  let source: EventSource | null = null;
  let closed = false;
  let retryMs = 1000;
  let retryTimer: ReturnType<typeof setTimeout> | null = null;
  let openedBefore = false;

  const open = () => {
    if (closed) return;
    source = new EventSource('/api/events', { withCredentials: true });
    source.addEventListener('open', () => {
      retryMs = 1000;
      handlers.onOpen(!openedBefore);
      openedBefore = true;
    });
    source.addEventListener('change', () => handlers.onChange());
    source.addEventListener('couple', () => handlers.onCouple());
    source.addEventListener('signed-out', () => {
      closed = true;
      source?.close();
      handlers.onSignedOut?.();
    });
    source.addEventListener('error', () => {
      // The browser retries by itself while the stream is CONNECTING; once CLOSED (e.g. a 401 or a
      // proxy that cut us off) we reconnect ourselves, more slowly each time.
      if (source?.readyState === EventSource.CLOSED && !closed) {
        source.close();
        retryTimer = setTimeout(open, retryMs);
        retryMs = Math.min(MAX_RETRY_MS, retryMs * 2);
      }
    });
  };

  open();
  return () => {
    closed = true;
    if (retryTimer) clearTimeout(retryTimer);
    source?.close();
  };
}
