import { eq } from 'drizzle-orm';
import webPush from 'web-push';
import type { Db } from '../db/database';
import { serverSecrets } from '../db/schema';

export interface VapidKeys {
  publicKey: string;
  privateKey: string;
}

const SECRET_NAME = 'vapid_keys';

/**
 * The VAPID key pair identifies this Hearth server to push services. Like the OPAQUE setup it is
 * made once and shared by every process through the database: browsers subscribe with the public
 * key, so a new pair would silently break every existing subscription.
 */
export async function loadOrCreateVapidKeys(db: Db): Promise<VapidKeys> {
  const read = async () =>
    (await db.select().from(serverSecrets).where(eq(serverSecrets.name, SECRET_NAME)).limit(1))[0];
  const existing = await read();
  if (existing) return JSON.parse(existing.value) as VapidKeys;
  const fresh = webPush.generateVAPIDKeys();
  // Two processes starting together: the first insert wins and both read the winner back.
  await db
    .insert(serverSecrets)
    .values({ name: SECRET_NAME, value: JSON.stringify(fresh) })
    .onConflictDoNothing();
  const stored = await read();
  if (!stored) throw new Error('Could not store the VAPID keys.');
  return JSON.parse(stored.value) as VapidKeys;
}
