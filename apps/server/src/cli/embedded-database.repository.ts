import type { PGlite } from '@electric-sql/pglite';

export interface HearthContents {
  migrations: number;
  users: number;
  couples: number;
  records: number;
}

/** Reads a database file as it is, before migrations, so backup and restore can check it. */
export function createEmbeddedDatabaseRepository(client: PGlite) {
  return {
    /** Whether the Hearth tables and the migrations journal exist. */
    async holdsHearthTables(): Promise<boolean> {
      const tables = await client.query<{ users: boolean; migrations: boolean }>(
        `select to_regclass('public.users') is not null as users,
                to_regclass('drizzle.__drizzle_migrations') is not null as migrations`,
      );
      const found = tables.rows[0];
      return Boolean(found?.users && found.migrations);
    },
    async countContents(): Promise<HearthContents> {
      const counts = await client.query<HearthContents>(
        `select (select count(*) from drizzle.__drizzle_migrations)::int as migrations,
                (select count(*) from users)::int as users,
                (select count(*) from couples)::int as couples,
                (select count(*) from records)::int as records`,
      );
      return counts.rows[0]!;
    },
    /** Flushes everything committed into the data files, so a restore needs no long WAL replay. */
    async checkpoint(): Promise<void> {
      await client.query('checkpoint');
    },
  };
}
