import Database from 'better-sqlite3';
import pg from 'pg';

/** A live count of the SQL statements every database driver of kubedex has been asked to run. */
export interface QueryCounter {
  readonly count: number;
  restore: () => void;
}

/**
 * Counts statements at the driver, under Prisma: better-sqlite3's prepare/exec (what the SQLite
 * adapter calls for every query) and pg's Client#query (which a Pool's queries go through too).
 * Counting there catches any query, whichever client or code path sends it.
 */
export function countDatabaseQueries(): QueryCounter {
  let count = 0;
  const sqlite = Database.prototype as unknown as Record<'prepare' | 'exec', (...args: unknown[]) => unknown>;
  const postgres = pg.Client.prototype as unknown as Record<'query', (...args: unknown[]) => unknown>;
  const originals = { prepare: sqlite.prepare, exec: sqlite.exec, query: postgres.query };
  sqlite.prepare = function (this: unknown, ...args: unknown[]) {
    count++;
    return originals.prepare.apply(this, args);
  };
  sqlite.exec = function (this: unknown, ...args: unknown[]) {
    count++;
    return originals.exec.apply(this, args);
  };
  postgres.query = function (this: unknown, ...args: unknown[]) {
    count++;
    return originals.query.apply(this, args);
  };
  return {
    get count() {
      return count;
    },
    restore: () => {
      sqlite.prepare = originals.prepare;
      sqlite.exec = originals.exec;
      postgres.query = originals.query;
    },
  };
}
