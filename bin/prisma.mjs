#!/usr/bin/env node
// `prisma` with the Wasm schema-engine shim when Prisma's native engine is not installed
// (it is downloaded from binaries.prisma.sh, which offline machines cannot reach).
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { schemaEngineEnv } from './schema-engine-env.mjs';

const cli = createRequire(import.meta.url).resolve('prisma/build/index.js');
const { status, error } = spawnSync(process.execPath, [cli, ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: schemaEngineEnv(),
});
if (error) throw error;
process.exit(status ?? 1);
