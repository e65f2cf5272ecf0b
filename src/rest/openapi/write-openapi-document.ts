/**
 * Writes openapi.json at the package root from the REST route catalogue (`npm run openapi:generate`);
 * with `--check` it only reports whether the committed file is current (exit 1 when it drifted).
 */
import fs from 'node:fs';
import path from 'node:path';
import { PACKAGE_ROOT } from '../../package-root.js';
import { restRoutes } from '../rest-routes.js';
import { buildOpenApiDocument } from './build-openapi-document.js';

/** Where the committed document lives. */
export const OPENAPI_FILE = path.join(PACKAGE_ROOT, 'openapi.json');

/** The document as committed: two-space JSON with a final newline, so diffs stay readable. */
export function openApiFileText(): string {
  return `${JSON.stringify(buildOpenApiDocument(restRoutes), null, 2)}\n`;
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  const text = openApiFileText();
  if (process.argv.includes('--check')) {
    const current = fs.existsSync(OPENAPI_FILE) ? fs.readFileSync(OPENAPI_FILE, 'utf8') : '';
    if (current !== text) {
      console.error('openapi.json is out of date: run npm run openapi:generate');
      process.exit(1);
    }
    console.log('openapi.json is current');
  } else {
    fs.writeFileSync(OPENAPI_FILE, text);
    console.log(`wrote ${path.relative(process.cwd(), OPENAPI_FILE)}`);
  }
}
