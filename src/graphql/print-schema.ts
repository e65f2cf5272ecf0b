import fs from 'node:fs';
import path from 'node:path';
import { PACKAGE_ROOT } from '../package-root.js';
import { printedSchema } from './schema.js';

/** Where the committed SDL lives: the repository root, for frontend codegen. */
export const SCHEMA_FILE = path.join(PACKAGE_ROOT, 'schema.graphql');

// As a script: rewrite schema.graphql from the code, or with --check fail when it is stale.
if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  const printed = printedSchema();
  const relative = path.relative(process.cwd(), SCHEMA_FILE);
  if (process.argv.includes('--check')) {
    const current = fs.existsSync(SCHEMA_FILE) ? fs.readFileSync(SCHEMA_FILE, 'utf8') : '';
    if (current !== printed) {
      console.error(`${relative} is stale: run \`npm run graphql:schema\` and commit it`);
      process.exitCode = 1;
    } else console.log(`${relative} is up to date`);
  } else {
    fs.writeFileSync(SCHEMA_FILE, printed);
    console.log(`wrote ${relative}`);
  }
}
