// Web Push for Hearth, imported by the generated service worker (vite.config.ts, importScripts).
// A push carries no content and no type ({"v":1}); whatever arrives, the notification says only
// "Hearth — a gentle reminder", so nothing private shows on a lock screen. A click focuses the
// open app, or opens it.
self.addEventListener('push', (event) => {
  event.waitUntil(
    self.registration.showNotification('Hearth', {
      body: 'A gentle reminder',
      icon: '/icon-192.png',
      badge: '/icon-192.png',
      tag: 'hearth-reminder',
      silent: false,
      data: { url: '/' },
    }),
  );
});

self.addEventListener('notificationclick', (event) => {
  event.notification.close();
  event.waitUntil(
    self.clients.matchAll({ type: 'window', includeUncontrolled: true }).then((windows) => {
      const open = windows.find((w) => new URL(w.url).origin === self.location.origin);
      if (open) return open.focus();
      return self.clients.openWindow('/');
    }),
  );
});
