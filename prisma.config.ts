// Prisma CLI configuration. DATABASE_URL picks the database and with it the schema and migrations
// folder: unset or file: → SQLite (./data/kubedex.db by default), postgres(ql):// → PostgreSQL.
// Without a native schema engine, run the CLI through `node bin/prisma.mjs` (see bin/).
import { defineConfig } from 'prisma/config';

const url = process.env.DATABASE_URL || 'file:./data/kubedex.db';
const provider = /^postgres(ql)?:\/\//.test(url) ? 'postgresql' : 'sqlite';

export default defineConfig({
  schema: `prisma/${provider}/schema.prisma`,
  migrations: {
    path: `prisma/${provider}/migrations`,
    seed: 'tsx src/cli/main.ts seed',
  },
  datasource: { url },
});
