import fs from 'node:fs';
import path from 'node:path';
import { PACKAGE_ROOT } from '../package-root.js';
import { printedSchema } from './schema.js';

/** Where the committed SDL lives: the repository root, for frontend codegen. */
export const SCHEMA_FILE = path.join(PACKAGE_ROOT, 'schema.graphql');

// Run as a script (npm run graphql:schema): rewrite schema.graphql from the code.
if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  fs.writeFileSync(SCHEMA_FILE, printedSchema());
  console.log(`wrote ${path.relative(process.cwd(), SCHEMA_FILE)}`);
}
