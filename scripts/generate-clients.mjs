// Generates both Prisma clients (src/generated/{sqlite,postgresql}, gitignored). Plain .mjs so that
// it can run from postinstall; works offline through bin/prisma.mjs.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

for (const provider of ['sqlite', 'postgresql']) {
  const { status } = spawnSync(
    process.execPath,
    [path.join(root, 'bin/prisma.mjs'), 'generate', '--schema', `prisma/${provider}/schema.prisma`],
    { cwd: root, stdio: 'inherit' },
  );
  if (status !== 0) process.exit(status ?? 1);
}
