import path from 'node:path';
import { PACKAGE_ROOT } from '../../package-root.js';
import type { DatabaseTarget } from '../database-target.js';

/** The schema file and migrations folder of one provider, under prisma/<provider>/ in the package. */
export function prismaPaths(provider: DatabaseTarget['provider']): { schemaFile: string; migrationsDir: string } {
  const dir = path.join(PACKAGE_ROOT, 'prisma', provider);
  return { schemaFile: path.join(dir, 'schema.prisma'), migrationsDir: path.join(dir, 'migrations') };
}
