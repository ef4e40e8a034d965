import webPush from 'web-push';
import type { Db } from '../db/database';
import { createServerSecretsRepository } from '../secrets/server-secrets.repository';

export interface VapidKeys {
  publicKey: string;
  privateKey: string;
}

/**
 * The VAPID key pair identifies this Hearth server to push services. Like the OPAQUE setup it is
 * made once and shared by every process through the database: browsers subscribe with the public
 * key, so a new pair would silently break every existing subscription.
 */
export async function loadOrCreateVapidKeys(db: Db): Promise<VapidKeys> {
  const stored = await createServerSecretsRepository(db).findOrCreate('vapid_keys', () =>
    JSON.stringify(webPush.generateVAPIDKeys()),
  );
  return JSON.parse(stored) as VapidKeys;
}
