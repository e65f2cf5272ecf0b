import path from 'node:path';
import { AppError } from '../errors.js';

/** Where the knowledge is stored: an embedded SQLite file, or a PostgreSQL server. */
export type DatabaseTarget =
  | { provider: 'sqlite'; file: string }
  | { provider: 'postgresql'; url: string };

export const DEFAULT_SQLITE_FILE = './data/kubedex.db';

/** Reads DATABASE_URL: unset means the SQLite file `./data/kubedex.db`; `file:` and `postgresql://` pick a database. */
export function parseDatabaseUrl(url: string | undefined, cwd = process.cwd()): DatabaseTarget {
  if (!url) return { provider: 'sqlite', file: path.resolve(cwd, DEFAULT_SQLITE_FILE) };
  if (url.startsWith('file:')) {
    const file = url.slice('file:'.length).replace(/^\/\/(?=\/)/, '');
    if (!file) throw new AppError('CONFIG_INVALID', { message: 'DATABASE_URL "file:" names no file' });
    return { provider: 'sqlite', file: path.resolve(cwd, file) };
  }
  if (/^postgres(ql)?:\/\//.test(url)) return { provider: 'postgresql', url };
  throw new AppError('CONFIG_INVALID', {
    message: 'DATABASE_URL must start with file: or postgresql:// (unset uses ./data/kubedex.db)',
  });
}
