// Web Push for this device: ask permission, subscribe with the server's VAPID key and hand the
// subscription to the server. Pushes carry no content; the service worker shows a discreet
// "Hearth — a gentle reminder" (public/push-handler.js).
import { fromB64 } from '@hearth/crypto';
import { api } from '../../lib/api-client';

/** `unavailable`: allowed, but the browser's push service would not give a subscription. */
export type PushState = 'unsupported' | 'blocked' | 'off' | 'on' | 'unavailable';

function supported(): boolean {
  return (
    typeof window !== 'undefined' &&
    'serviceWorker' in navigator &&
    'PushManager' in window &&
    'Notification' in window
  );
}

/** The VAPID key as bytes, whatever flavour of base64 the server used. */
export function vapidKeyBytes(key: string): Uint8Array<ArrayBuffer> {
  const urlSafe = key.trim().replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');
  return new Uint8Array(fromB64(urlSafe));
}

async function registration(): Promise<ServiceWorkerRegistration | null> {
  if (!supported()) return null;
  // The service worker is only registered in the built app; do not wait forever in development.
  return Promise.race([
    navigator.serviceWorker.ready,
    new Promise<null>((resolve) => setTimeout(() => resolve(null), 4000)),
  ]);
}

export async function pushState(): Promise<PushState> {
  if (!supported()) return 'unsupported';
  if (Notification.permission === 'denied') return 'blocked';
  const reg = await registration();
  if (!reg) return 'unsupported';
  const sub = await reg.pushManager.getSubscription();
  return sub && Notification.permission === 'granted' ? 'on' : 'off';
}

export async function enablePush(): Promise<PushState> {
  if (!supported()) return 'unsupported';
  const permission = await Notification.requestPermission();
  if (permission !== 'granted') return permission === 'denied' ? 'blocked' : 'off';
  const reg = await registration();
  if (!reg) return 'unsupported';
  const { publicKey } = await api.pushPublicKey();
  const applicationServerKey = vapidKeyBytes(publicKey);
  let sub = await reg.pushManager.getSubscription();
  if (sub) {
    // A subscription made with another server key cannot be reused: make a fresh one.
    const current = sub.options.applicationServerKey;
    const same =
      current !== null &&
      new Uint8Array(current).length === applicationServerKey.length &&
      new Uint8Array(current).every((b, i) => b === applicationServerKey[i]);
    if (!same) {
      await sub.unsubscribe();
      sub = null;
    }
  }
  try {
    sub ??= await reg.pushManager.subscribe({ userVisibleOnly: true, applicationServerKey });
  } catch {
    // No push service to reach (some browsers, private windows, headless ones): say so plainly.
    return 'unavailable';
  }
  const json = sub.toJSON();
  if (!json.endpoint || !json.keys?.p256dh || !json.keys.auth)
    throw new Error('The browser gave no push keys.');
  await api.putPushSubscription({
    endpoint: json.endpoint,
    keys: { p256dh: json.keys.p256dh, auth: json.keys.auth },
  });
  return 'on';
}

export async function disablePush(): Promise<PushState> {
  const reg = await registration();
  const sub = await reg?.pushManager.getSubscription();
  await api.deletePushSubscription().catch(() => undefined);
  await sub?.unsubscribe().catch(() => undefined);
  return supported() ? 'off' : 'unsupported';
}
