import type { Logger } from 'pino';
import { createToken, listTokens, revokeToken, TokenScope } from '../auth/api-tokens.js';
import { createPrismaClient } from '../db/create-prisma-client.js';
import type { DatabaseTarget } from '../db/database-target.js';
import { migrateDatabase } from '../db/migrate-database.js';
import { AppError } from '../errors.js';

/** `kubedex token create|list|revoke`: the token is printed alone on stdout, once; only its hash is kept. */
export async function tokenCommand(options: { target: DatabaseTarget; logger: Logger; args: string[]; name: string | undefined; scope: string | undefined }): Promise<void> {
  const [action, positional] = options.args;
  await migrateDatabase(options.target, options.logger);
  const db = createPrismaClient(options.target);
  try {
    switch (action) {
      case 'create': {
        const scope = TokenScope.safeParse(options.scope);
        if (!options.name || !scope.success) throw new AppError('BAD_REQUEST', { message: 'usage: kubedex token create --name <name> --scope write|admin' });
        process.stdout.write(`${await createToken(db, { name: options.name, scope: scope.data })}\n`);
        return;
      }
      case 'list':
        for (const t of await listTokens(db))
          process.stdout.write(`${[t.name, t.scope, `created ${t.createdAt.toISOString()}`, `last used ${t.lastUsedAt?.toISOString() ?? 'never'}`, t.revokedAt ? `revoked ${t.revokedAt.toISOString()}` : 'active'].join('\t')}\n`);
        return;
      case 'revoke': {
        const name = positional ?? options.name;
        if (!name) throw new AppError('BAD_REQUEST', { message: 'usage: kubedex token revoke <name>' });
        await revokeToken(db, name);
        options.logger.info({ token: name }, 'token revoked');
        return;
      }
      default:
        throw new AppError('BAD_REQUEST', { message: 'usage: kubedex token create --name <name> --scope write|admin | token list | token revoke <name>' });
    }
  } finally {
    await db.$disconnect();
  }
}
