#!/usr/bin/env node
// Stands in for Prisma's native schema engine (set PRISMA_SCHEMA_ENGINE_BINARY to this file, or run
// the CLI through bin/prisma.mjs): speaks the CLI's JSON-RPC on stdio, forwarding to the Wasm engine.
import { register } from 'tsx/esm/api';

register();
const { runSchemaEngineShim } = await import('../src/db/schema-engine/json-rpc-shim.ts');
process.exitCode = await runSchemaEngineShim(process.argv.slice(2));
