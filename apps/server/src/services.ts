import { createAccountsService } from './accounts/accounts.service';
import { createAuthThrottle } from './accounts/auth-throttle';
import { createMeService } from './accounts/me.service';
import type { AppContext } from './context';
import { createCouplesService } from './couples/couples.service';
import { createRecordsService } from './records/records.service';
import { createPushService } from './reminders/push.service';
import { createRemindersService } from './reminders/reminders.service';
import { createRevealsService } from './reveals/reveals.service';
import { createSessionsService } from './sessions/sessions.service';

export function createServices(ctx: AppContext) {
  const sessions = createSessionsService(ctx);
  const throttle = createAuthThrottle(ctx);
  const accounts = createAccountsService(ctx, sessions, throttle);
  const couples = createCouplesService(ctx);
  const records = createRecordsService(ctx);
  const me = createMeService(accounts, couples);
  const reveals = createRevealsService(ctx);
  const reminders = createRemindersService(ctx);
  const push = createPushService(ctx);
  return { ctx, sessions, throttle, accounts, couples, records, me, reveals, reminders, push };
}

export type Services = ReturnType<typeof createServices>;
