// The parts of `web-push` (no bundled types) that Hearth uses: VAPID keys and building the
// encrypted, signed request; Hearth sends the request itself.
declare module 'web-push' {
  interface PushSubscriptionKeys {
    p256dh: string;
    auth: string;
  }
  interface PushSubscription {
    endpoint: string;
    keys: PushSubscriptionKeys;
  }
  interface RequestOptions {
    vapidDetails: { subject: string; publicKey: string; privateKey: string };
    TTL?: number;
    urgency?: 'very-low' | 'low' | 'normal' | 'high';
    contentEncoding?: 'aes128gcm' | 'aesgcm';
  }
  interface RequestDetails {
    method: string;
    headers: Record<string, string | number>;
    body: Buffer | null;
    endpoint: string;
  }
  const webPush: {
    generateVAPIDKeys(): { publicKey: string; privateKey: string };
    generateRequestDetails(
      subscription: PushSubscription,
      payload: string | Buffer,
      options: RequestOptions,
    ): RequestDetails;
  };
  export default webPush;
}
