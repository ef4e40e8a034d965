import { createHmac } from 'node:crypto';
import * as opaque from '@serenity-kit/opaque';
import type { Database } from '../db/database';
import { createServerSecretsRepository } from '../secrets/server-secrets.repository';

export async function opaqueReady(): Promise<void> {
  await opaque.ready;
}

/**
 * The OPAQUE server setup is created once and shared by every server process through the
 * database (the processes are stateless). Losing it invalidates every password.
 */
export async function loadOrCreateServerSetup(database: Database): Promise<string> {
  await opaque.ready;
  return createServerSecretsRepository(database.db).findOrCreate('opaque_server_setup', () =>
    opaque.server.createSetup(),
  );
}

/** A stable stand-in identifier for handles that do not exist, so answers look the same. */
export function fakeIdentifier(serverSetup: string, handle: string): string {
  const hex = createHmac('sha256', serverSetup).update(`fake-user:${handle}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

export const opaqueServer = opaque.server;
