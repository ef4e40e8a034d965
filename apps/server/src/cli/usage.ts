export const USAGE = `Usage: npm run hearth -- <command> [options]

Commands for the embedded database (PGlite, in HEARTH_DATA_DIR, default ./data):
  backup FILE           write a compressed copy of the database to FILE
  restore FILE          load FILE as the database (refuses if one is already there)
  help                  show this text

Options:
  --force               backup: replace FILE if it exists
                        restore: replace the current database, keeping it aside as
                        <HEARTH_DATA_DIR>/pglite.before-restore-<time>

Stop the server first: the embedded database can be opened by one process at a time,
and both commands refuse to run while the server has it open.
The same configuration as the server applies (HEARTH_CONFIG_FILE, HEARTH_DATA_DIR, …).
With HEARTH_DATABASE_URL set, use pg_dump and pg_restore instead (see docs/deployment.md).`;
