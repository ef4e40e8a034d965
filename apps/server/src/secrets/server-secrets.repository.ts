import { eq } from 'drizzle-orm';
import type { Db } from '../db/database';
import { serverSecrets } from '../db/schema';

export type ServerSecretName = 'opaque_server_setup' | 'vapid_keys';

export function createServerSecretsRepository(db: Db) {
  async function find(name: ServerSecretName): Promise<string | undefined> {
    const rows = await db
      .select({ value: serverSecrets.value })
      .from(serverSecrets)
      .where(eq(serverSecrets.name, name))
      .limit(1);
    return rows[0]?.value;
  }

  return {
    /**
     * The stored secret, or `create()`'s value stored now. Two processes starting together: the
     * first insert wins and both read the winner back, so every process ends up with one value.
     */
    async findOrCreate(name: ServerSecretName, create: () => string): Promise<string> {
      const existing = await find(name);
      if (existing !== undefined) return existing;
      await db.insert(serverSecrets).values({ name, value: create() }).onConflictDoNothing();
      const stored = await find(name);
      if (stored === undefined) throw new Error(`Could not store the server secret ${name}.`);
      return stored;
    },
  };
}
