/** With PostgreSQL configured, its own tools do this better (online, consistent, incremental with WAL archiving). */
export const POSTGRES_BACKUP_ADVICE = `Hearth is configured to use PostgreSQL (HEARTH_DATABASE_URL), so \`backup\` and \`restore\`,
which copy the embedded database, do not apply. Use PostgreSQL's own tools; pg_dump takes a
consistent copy while Hearth keeps running:

  pg_dump --format=custom --file=hearth-$(date +%F).dump "$HEARTH_DATABASE_URL"

To restore, stop Hearth, then load the dump into an empty database and point Hearth at it:

  createdb hearth_restored
  pg_restore --no-owner --dbname=postgres://USER@HOST:5432/hearth_restored hearth-YYYY-MM-DD.dump

More in docs/deployment.md ("Backups").`;
