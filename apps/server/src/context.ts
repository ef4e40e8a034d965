import type { Config } from './config/config';
import type { Database } from './db/database';
import type { ChangeNotifier } from './events/change-notifier';

export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** Everything a service needs from the outside world, passed in so tests can use real parts. */
export interface AppContext {
  config: Config;
  database: Database;
  clock: Clock;
  notifier: ChangeNotifier;
  opaqueServerSetup: string;
}
