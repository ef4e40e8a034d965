import type { FastifyInstance } from 'fastify';
import { buildApp, type BuildOptions } from './app';
import type { Config } from './config/config';
import { systemClock, type AppContext, type Clock } from './context';
import { openDatabase, type Database } from './db/database';
import { createChangeNotifier } from './events/change-notifier';
import { scheduleHousekeeping } from './housekeeping';
import { loadOrCreateServerSetup } from './opaque/opaque-server';
import { createReminderScheduler } from './reminders/reminder-scheduler';

export interface RunningServer {
  app: FastifyInstance;
  ctx: AppContext;
  close(): Promise<void>;
}

/** Opens the database (migrations applied), starts realtime fan-out and builds the app. */
export async function createServer(
  config: Config,
  options: BuildOptions & { database?: Database; clock?: Clock } = {},
): Promise<RunningServer> {
  const database =
    options.database ?? (await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir }));
  const notifier = createChangeNotifier(database);
  await notifier.start();
  const ctx: AppContext = {
    config,
    database,
    clock: options.clock ?? systemClock,
    notifier,
    opaqueServerSetup: await loadOrCreateServerSetup(database),
  };
  const app = await buildApp(ctx, options);
  const stopHousekeeping = scheduleHousekeeping(ctx);
  // Every process runs the reminder tick; row locks make sure each reminder goes out once.
  const reminders = createReminderScheduler(ctx);
  if (config.reminders) {
    reminders.start(config.reminderTickMs, (error) =>
      app.log.warn({ err: error }, 'reminder tick failed; the next tick retries'),
    );
  }
  return {
    app,
    ctx,
    async close() {
      stopHousekeeping();
      await reminders.stop();
      await app.close();
      await notifier.stop();
      if (!options.database) await database.close();
    },
  };
}
