// Decides whether the Prisma CLI needs the Wasm schema-engine shim. Plain .mjs: it runs from
// postinstall, before anything is compiled.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);

/** The shim executable that stands in for Prisma's native schema engine. */
export const SHIM = path.join(path.dirname(fileURLToPath(import.meta.url)), 'prisma-schema-engine-wasm.mjs');

/** Whether @prisma/engines holds a native schema engine (its postinstall downloads one where it can). */
export function hasNativeSchemaEngine() {
  const enginesDir = path.dirname(path.dirname(require.resolve('@prisma/engines')));
  return fs.readdirSync(enginesDir).some((name) => name.startsWith('schema-engine-'));
}

/** The environment for the Prisma CLI: the shim only when no engine is configured or installed. */
export function schemaEngineEnv(env = process.env) {
  if (env.PRISMA_SCHEMA_ENGINE_BINARY || hasNativeSchemaEngine()) return env;
  return { ...env, PRISMA_SCHEMA_ENGINE_BINARY: SHIM };
}
