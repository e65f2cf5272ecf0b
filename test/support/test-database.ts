import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { DatabaseTarget } from '../../src/db/database-target.js';

/** Which database the suite runs on: KUBEDEX_TEST_DB=postgresql runs it on the local PostgreSQL server. */
export const TEST_PROVIDER: DatabaseTarget['provider'] = process.env.KUBEDEX_TEST_DB === 'postgresql' ? 'postgresql' : 'sqlite';

/** The PostgreSQL server tests create their databases on. */
export const TEST_POSTGRES_URL = process.env.KUBEDEX_TEST_POSTGRES_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';

function postgresUrl(database: string): string {
  const url = new URL(TEST_POSTGRES_URL);
  url.pathname = `/${database}`;
  return url.toString();
}

async function admin<T>(run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: TEST_POSTGRES_URL });
  try {
    await client.connect();
  } catch (error) {
    throw new Error(`PostgreSQL at ${TEST_POSTGRES_URL} is unreachable: ${(error as Error).message}`);
  }
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

/** A fresh, empty database of the given provider (a temp SQLite file, or a new PostgreSQL database) and how to remove it. */
export async function createEmptyDatabase(
  provider: DatabaseTarget['provider'] = TEST_PROVIDER,
  options: { template?: string } = {},
): Promise<{ target: DatabaseTarget; name: string; drop: () => Promise<void> }> {
  const name = `kubedex_test_${randomUUID().replaceAll('-', '').slice(0, 16)}`;
  if (provider === 'sqlite') {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kubedex-'));
    const file = path.join(dir, `${name}.db`);
    if (options.template) fs.copyFileSync(options.template, file);
    const target: DatabaseTarget = { provider, file };
    return { target, name: file, drop: () => dropDatabase(target) };
  }
  await admin((c) => c.query(`CREATE DATABASE "${name}"${options.template ? ` TEMPLATE "${options.template}"` : ''}`));
  const target: DatabaseTarget = { provider, url: postgresUrl(name) };
  return { target, name, drop: () => dropDatabase(target) };
}

/** Removes a test database, closing any connection still open to it. */
export async function dropDatabase(target: DatabaseTarget): Promise<void> {
  if (target.provider === 'sqlite') return fs.rmSync(path.dirname(target.file), { recursive: true, force: true });
  const name = new URL(target.url).pathname.slice(1);
  await admin((c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
}
