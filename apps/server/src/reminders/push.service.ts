import { randomUUID } from 'node:crypto';
import type { AppContext } from '../context';
import type { Db } from '../db/database';
import { HearthError } from '../errors/catalogue';
import type { Auth } from '../sessions/sessions.service';
import { pushEndpointProblem } from './push-endpoint';
import { createPushSubscriptionsRepository } from './push-subscriptions.repository';
import { loadOrCreateVapidKeys, type VapidKeys } from './vapid-keys';
import { toStoredMinute } from '@hearth/core';

export interface PushSubscriptionInput {
  endpoint: string;
  keys: { p256dh: string; auth: string };
}

export function createPushService(ctx: AppContext) {
  const db = ctx.database.db;
  let vapid: Promise<VapidKeys> | undefined;
  const vapidKeys = () => {
    vapid ??= loadOrCreateVapidKeys(db).catch((error: unknown) => {
      vapid = undefined;
      throw error;
    });
    return vapid;
  };

  return {
    async publicKey(): Promise<string> {
      return (await vapidKeys()).publicKey;
    },

    /** Stores this session's subscription, replacing any it had; signing out removes it. */
    async subscribe(auth: Auth, input: PushSubscriptionInput): Promise<void> {
      const problem = pushEndpointProblem(input.endpoint, ctx.config.pushAllowLocalHttp);
      if (problem)
        throw new HearthError('HEARTH_VALIDATION', {
          message: `Please check what you sent (endpoint: ${problem}).`,
        });
      await db.transaction(async (tx) => {
        await createPushSubscriptionsRepository(tx as unknown as Db).replace({
          id: randomUUID(),
          userId: auth.userId,
          sessionTokenHash: auth.tokenHash,
          endpoint: input.endpoint,
          p256dh: input.keys.p256dh,
          auth: input.keys.auth,
          createdAt: toStoredMinute(ctx.clock.now()),
        });
      });
    },

    async unsubscribe(auth: Auth): Promise<void> {
      await createPushSubscriptionsRepository(db).deleteForSession(auth.tokenHash);
    },
  };
}

export type PushService = ReturnType<typeof createPushService>;
