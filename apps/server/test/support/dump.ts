import { sql } from 'drizzle-orm';
import type { Database } from '../../src/db/database';

/** Every row of every table as JSON text: what a stolen database would give an attacker. */
export async function dumpAllTables(database: Database): Promise<string> {
  const tables = [
    'users',
    'sessions',
    'login_attempts',
    'pending_registrations',
    'auth_throttle',
    'couples',
    'couple_members',
    'couple_keys',
    'invites',
    'records',
    'server_secrets',
    'reveal_answers',
    'push_subscriptions',
    'reminder_schedules',
    'practice_done',
    'known_devices',
  ];
  const parts: string[] = [];
  for (const table of tables) {
    const result = await database.db.execute(sql.raw(`select row_to_json(t)::text as row from ${table} t`));
    const rows = (result as unknown as { rows: Array<{ row: string }> }).rows;
    parts.push(...rows.map((r) => r.row));
  }
  return parts.join('\n');
}
