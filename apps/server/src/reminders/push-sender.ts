import webPush from 'web-push';
import type { VapidKeys } from './vapid-keys';

/** The whole message: no practice, no words, nothing a push service could read or log. */
export const REMINDER_PAYLOAD = '{"v":1}';
/** A reminder older than four hours is no longer gentle; push services may drop it by then. */
export const REMINDER_TTL_SECONDS = 4 * 3600;
const SEND_TIMEOUT_MS = 10_000;

export interface PushTarget {
  endpoint: string;
  p256dh: string;
  auth: string;
}

export type PushOutcome = 'delivered' | 'gone' | 'failed';

/**
 * Sends the constant reminder to one browser: `web-push` encrypts it for the subscription
 * (RFC 8291, aes128gcm) and signs the VAPID header (RFC 8292); the request itself goes out with
 * fetch, which never follows redirects here and gives up after ten seconds.
 */
export async function sendReminderPush(
  target: PushTarget,
  vapid: VapidKeys,
  subject: string,
): Promise<PushOutcome> {
  let details;
  try {
    details = webPush.generateRequestDetails(
      { endpoint: target.endpoint, keys: { p256dh: target.p256dh, auth: target.auth } },
      REMINDER_PAYLOAD,
      {
        vapidDetails: { subject, ...vapid },
        TTL: REMINDER_TTL_SECONDS,
        urgency: 'normal',
        contentEncoding: 'aes128gcm',
      },
    );
  } catch {
    // Keys a browser would never produce: the subscription can never receive anything.
    return 'gone';
  }
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(details.headers)) {
    if (name.toLowerCase() !== 'content-length') headers[name] = String(value);
  }
  try {
    const response = await fetch(details.endpoint, {
      method: 'POST',
      headers,
      body: details.body ? new Uint8Array(details.body) : null,
      redirect: 'manual',
      signal: AbortSignal.timeout(SEND_TIMEOUT_MS),
    });
    await response.body?.cancel();
    if (response.status === 404 || response.status === 410) return 'gone';
    return response.ok ? 'delivered' : 'failed';
  } catch {
    return 'failed';
  }
}
