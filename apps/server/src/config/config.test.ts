import { describe, expect, it } from 'vitest';
import { ConfigError, describeConfig, loadConfig } from './config';

describe('configuration', () => {
  it('uses the documented defaults when nothing is set', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ port: 8080, dataDir: './data', cookieSecure: true, logLevel: 'info' });
    expect(config).toMatchObject({
      reminders: true,
      reminderTickMs: 30_000,
      vapidSubject: 'mailto:hearth@localhost',
      pushAllowLocalHttp: false,
    });
    expect(config.databaseUrl).toBeUndefined();
  });

  it.each([
    ['PORT', '9000', 'port', 9000],
    ['HEARTH_DATA_DIR', '/srv/hearth', 'dataDir', '/srv/hearth'],
    ['HEARTH_DATABASE_URL', 'postgres://u:p@db:5432/hearth', 'databaseUrl', 'postgres://u:p@db:5432/hearth'],
    ['HEARTH_COOKIE_SECURE', 'false', 'cookieSecure', false],
    ['HEARTH_LOG_LEVEL', 'warn', 'logLevel', 'warn'],
    ['HEARTH_REMINDERS', 'off', 'reminders', false],
    ['HEARTH_REMINDER_TICK_MS', '5000', 'reminderTickMs', 5000],
    [
      'HEARTH_VAPID_SUBJECT',
      'https://hearth.example.org/contact',
      'vapidSubject',
      'https://hearth.example.org/contact',
    ],
    ['HEARTH_PUSH_ALLOW_LOCAL_HTTP', 'true', 'pushAllowLocalHttp', true],
  ])('%s=%s sets %s', (name, value, key, expected) => {
    expect(loadConfig({ [name]: value })[key as 'port']).toEqual(expected);
  });

  it.each([
    ['PORT', 'eighty'],
    ['PORT', '70000'],
    ['HEARTH_DATABASE_URL', 'not a url'],
    ['HEARTH_LOG_LEVEL', 'loud'],
    ['HEARTH_COOKIE_SECURE', 'maybe'],
    ['HEARTH_REMINDERS', 'sometimes'],
    ['HEARTH_REMINDER_TICK_MS', '10'],
    ['HEARTH_VAPID_SUBJECT', 'http://not-https.example'],
  ])('a bad %s (%s) stops start-up with a message naming the variable', (name, value) => {
    expect(() => loadConfig({ [name]: value })).toThrow(ConfigError);
    expect(() => loadConfig({ [name]: value })).toThrow(name);
  });

  it('never prints the password inside a database URL', () => {
    const described = describeConfig(
      loadConfig({ HEARTH_DATABASE_URL: 'postgres://hearth:s3cret@db:5432/hearth' }),
    );
    expect(JSON.stringify(described)).not.toContain('s3cret');
    expect(described.database).toBe('postgresql');
  });
});
