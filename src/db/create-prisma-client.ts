import fs from 'node:fs';
import path from 'node:path';
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient as SqliteClient } from '../generated/sqlite/client.js';
import { PrismaClient as PostgresClient } from '../generated/postgresql/client.js';
import type { DatabaseTarget } from './database-target.js';

/**
 * The client the rest of kubedex uses. Both generated clients come from one schema and so have
 * the same API; the SQLite client's type stands for both.
 */
export type KnowledgeDb = SqliteClient;

/** Opens a Prisma client on the target through its driver adapter; the SQLite file's folder is created. */
export function createPrismaClient(target: DatabaseTarget): KnowledgeDb {
  if (target.provider === 'sqlite') {
    fs.mkdirSync(path.dirname(target.file), { recursive: true });
    return new SqliteClient({ adapter: new PrismaBetterSqlite3({ url: target.file }) });
  }
  const client = new PostgresClient({ adapter: new PrismaPg({ connectionString: target.url }) });
  return client as unknown as KnowledgeDb;
}
