import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { withDatabase } from './postgresql-migration-adapter.js';

/** The database a PostgreSQL URL names. */
export function databaseName(url: string): string {
  return decodeURIComponent(new URL(url).pathname.slice(1)) || 'postgres';
}

/** Runs one statement on the server's maintenance database (`postgres`). */
async function onServer(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: withDatabase(url, 'postgres') });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** Creates the database `url` names. */
export function createPostgresqlDatabase(url: string): Promise<void> {
  return onServer(url, `CREATE DATABASE "${databaseName(url)}"`);
}

/** Drops the database `url` names, closing its sessions; absent is fine. */
export function dropPostgresqlDatabase(url: string): Promise<void> {
  return onServer(url, `DROP DATABASE IF EXISTS "${databaseName(url)}" WITH (FORCE)`);
}

/** A new empty database on the server of `serverUrl`, for work that must not touch a real one. */
export async function createScratchDatabase(serverUrl: string, prefix: string): Promise<{ url: string; drop(): Promise<void> }> {
  const url = withDatabase(serverUrl, `${prefix}_${randomUUID().replaceAll('-', '')}`);
  await createPostgresqlDatabase(url);
  return { url, drop: () => dropPostgresqlDatabase(url) };
}
