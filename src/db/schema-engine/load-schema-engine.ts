import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import * as bindings from '@prisma/schema-engine-wasm/schema_engine_bg';

/** The engine class, as @prisma/schema-engine-wasm exports it once its Wasm module is loaded. */
export type SchemaEngineClass = typeof bindings.SchemaEngine;

let loaded: Promise<SchemaEngineClass> | undefined;

/**
 * Instantiates Prisma's schema engine Wasm module once. The package is built for bundlers
 * (`import * as wasm from "./x.wasm"`), which Node cannot import, so the module is wired by hand.
 */
export function loadSchemaEngine(): Promise<SchemaEngineClass> {
  loaded ??= instantiate();
  return loaded;
}

async function instantiate(): Promise<SchemaEngineClass> {
  const bindingsFile = createRequire(import.meta.url).resolve('@prisma/schema-engine-wasm/schema_engine_bg');
  const wasmFile = path.join(path.dirname(bindingsFile), 'schema_engine_bg.wasm');
  // The engine arms timers (timeouts racing its queries) that would keep a finished process alive.
  const imports = Object.fromEntries(
    Object.entries(bindings).map(([name, value]) => [
      name,
      name.startsWith('__wbg_setTimeout_') ? (run: () => void, ms: number) => setTimeout(run, ms >>> 0).unref() : value,
    ]),
  );
  const { instance } = await WebAssembly.instantiate(fs.readFileSync(wasmFile), { './schema_engine_bg.js': imports });
  bindings.__wbg_set_wasm(instance.exports);
  (instance.exports.__wbindgen_start as () => void)();
  return bindings.SchemaEngine;
}
