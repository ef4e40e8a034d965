#!/usr/bin/env node
// `npm run test:pg`: the medium-tier data tests against a real PostgreSQL server, in a fresh
// database that is dropped afterwards. HEARTH_TEST_DATABASE_URL overrides the server to use.
import { spawnSync } from 'node:child_process';
import pg from 'pg';

const serverUrl = process.env.HEARTH_PG_SERVER_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
let databaseUrl = process.env.HEARTH_TEST_DATABASE_URL;
let created;

if (!databaseUrl) {
  created = `hearth_test_${Date.now()}_${process.pid}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`create database ${created}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${created}`;
  databaseUrl = url.toString();
  console.log(`test:pg using fresh database ${created}`);
}

const result = spawnSync('npx', ['vitest', 'run', 'apps/server/test', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, HEARTH_TEST_DATABASE_URL: databaseUrl, HEARTH_TEST_DB: 'postgres' },
});

if (created) {
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  // Test files make their own databases next to this one (test/support/databases.ts).
  const { rows } = await admin.query(
    'select datname from pg_database where datname = $1 or datname like $2',
    [created, `${created}_f%`],
  );
  for (const { datname } of rows) await admin.query(`drop database if exists "${datname}" with (force)`);
  await admin.end();
}
process.exit(result.status ?? 1);
