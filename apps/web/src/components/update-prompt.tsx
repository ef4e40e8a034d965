// A new version of the app (service worker) is waiting: ask before switching, never silently.
import { useRegisterSW } from 'virtual:pwa-register/react';

export function UpdatePrompt() {
  const {
    needRefresh: [needRefresh, setNeedRefresh],
    updateServiceWorker,
  } = useRegisterSW({ immediate: true });

  if (!needRefresh) return null;
  return (
    <div className="update-prompt" role="status" aria-live="polite">
      <p>A new version is ready.</p>
      <div className="update-actions">
        <button
          type="button"
          className="btn btn-primary btn-small"
          onClick={() => void updateServiceWorker(true)}
        >
          Reload
        </button>
        <button type="button" className="btn btn-quiet btn-small" onClick={() => setNeedRefresh(false)}>
          Later
        </button>
      </div>
    </div>
  );
}
