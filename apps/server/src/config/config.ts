import { readFileSync, existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'zod';

const configSchema = z.object({
  port: z.coerce.number().int().min(0).max(65535).default(8080),
  host: z.string().min(1).default('0.0.0.0'),
  dataDir: z.string().min(1).default('./data'),
  databaseUrl: z.string().url().optional(),
  publicOrigin: z.string().url().optional(),
  cookieSecure: z
    .union([z.boolean(), z.enum(['true', 'false']).transform((v) => v === 'true')])
    .default(true),
  logLevel: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  webDistDir: z
    .string()
    .min(1)
    .default(resolve(import.meta.dirname, '../../../web/dist')),
  sessionIdleDays: z.coerce.number().int().min(1).max(365).default(14),
  sessionMaxDays: z.coerce.number().int().min(1).max(365).default(60),
  // true (one proxy in front), a hop count, or the proxies' addresses: see http/trusted-proxies.ts.
  trustProxy: z
    .union([
      z.boolean(),
      z.number().int().min(1).max(10),
      z.array(z.string().min(1)),
      z.enum(['true', 'false']).transform((v) => v === 'true'),
      z
        .string()
        .regex(/^\d{1,2}$/)
        .transform(Number)
        .pipe(z.number().int().min(1).max(10)),
      z
        .string()
        .regex(/^[0-9A-Za-z.:/]+(\s*,\s*[0-9A-Za-z.:/]+)*$/, 'must be true, false, a hop count or addresses')
        .transform((v) => v.split(',').map((part) => part.trim())),
    ])
    .default(false),
  // How long a password check counts as recent for sensitive actions (docs/security.md).
  reauthWindowSeconds: z.coerce.number().int().min(1).max(3_600).default(300),
  requestTimeoutMs: z.coerce.number().int().min(1_000).max(600_000).default(30_000),
  headersTimeoutMs: z.coerce.number().int().min(1_000).max(120_000).default(15_000),
  keepAliveTimeoutMs: z.coerce.number().int().min(1_000).max(600_000).default(72_000),
  // Who push services may contact about our reminders (RFC 8292 "sub"): mailto: or https:.
  vapidSubject: z
    .string()
    .max(200)
    .regex(/^(mailto:[^\s@]+@[^\s@]+|https:\/\/\S+)$/, 'must be a mailto: address or an https: URL')
    .default('mailto:hearth@localhost'),
  reminders: z.union([z.boolean(), z.enum(['on', 'off']).transform((v) => v === 'on')]).default(true),
  reminderTickMs: z.coerce.number().int().min(1000).max(3_600_000).default(30_000),
  // Tests only: lets a push endpoint be a plain-HTTP address on this machine (a local test peer).
  pushAllowLocalHttp: z
    .union([z.boolean(), z.enum(['true', 'false']).transform((v) => v === 'true')])
    .default(false),
});

export type Config = z.infer<typeof configSchema>;

const envNames: Record<keyof Config, string> = {
  port: 'PORT',
  host: 'HEARTH_HOST',
  dataDir: 'HEARTH_DATA_DIR',
  databaseUrl: 'HEARTH_DATABASE_URL',
  publicOrigin: 'HEARTH_PUBLIC_ORIGIN',
  cookieSecure: 'HEARTH_COOKIE_SECURE',
  logLevel: 'HEARTH_LOG_LEVEL',
  webDistDir: 'HEARTH_WEB_DIST',
  sessionIdleDays: 'HEARTH_SESSION_IDLE_DAYS',
  sessionMaxDays: 'HEARTH_SESSION_MAX_DAYS',
  trustProxy: 'HEARTH_TRUST_PROXY',
  reauthWindowSeconds: 'HEARTH_REAUTH_WINDOW_SECONDS',
  requestTimeoutMs: 'HEARTH_REQUEST_TIMEOUT_MS',
  headersTimeoutMs: 'HEARTH_HEADERS_TIMEOUT_MS',
  keepAliveTimeoutMs: 'HEARTH_KEEP_ALIVE_TIMEOUT_MS',
  vapidSubject: 'HEARTH_VAPID_SUBJECT',
  reminders: 'HEARTH_REMINDERS',
  reminderTickMs: 'HEARTH_REMINDER_TICK_MS',
  pushAllowLocalHttp: 'HEARTH_PUSH_ALLOW_LOCAL_HTTP',
};

export class ConfigError extends Error {}

/** Defaults, then an optional JSON file (HEARTH_CONFIG_FILE), then HEARTH_* variables; fails fast. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, overrides: Partial<Config> = {}): Config {
  const fromFile = readConfigFile(env.HEARTH_CONFIG_FILE);
  const fromEnv: Record<string, string> = {};
  for (const [key, name] of Object.entries(envNames)) {
    const value = env[name];
    if (value !== undefined && value !== '') fromEnv[key] = value;
  }
  const parsed = configSchema.safeParse({ ...fromFile, ...fromEnv, ...overrides });
  if (!parsed.success) {
    const problems = parsed.error.issues
      .map((issue) => {
        const key = issue.path[0] as keyof Config | undefined;
        const name = key ? (envNames[key] ?? String(key)) : 'config';
        return `${name}: ${issue.message}`;
      })
      .join('; ');
    throw new ConfigError(`Hearth cannot start, the configuration is invalid: ${problems}`);
  }
  return parsed.data;
}

function readConfigFile(path: string | undefined): Record<string, unknown> {
  if (!path) return {};
  if (!existsSync(path)) throw new ConfigError(`HEARTH_CONFIG_FILE points to ${path}, which does not exist.`);
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
  } catch {
    throw new ConfigError(`HEARTH_CONFIG_FILE ${path} is not valid JSON.`);
  }
}

/** For logs: never print credentials inside a database URL. */
export function describeConfig(config: Config): Record<string, unknown> {
  return {
    ...config,
    databaseUrl: config.databaseUrl ? config.databaseUrl.replace(/\/\/[^@/]*@/, '//***@') : undefined,
    database: config.databaseUrl ? 'postgresql' : 'pglite',
  };
}
