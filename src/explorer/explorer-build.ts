import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { PACKAGE_ROOT } from '../package-root.js';

/** Where Vite writes the explorer (web/vite.config.ts): two HTML pages and hashed assets. */
export const EXPLORER_BUILD_DIR = path.join(PACKAGE_ROOT, 'dist', 'web');

/** One built HTML page with the validator that names its bytes. */
export interface ExplorerPage {
  html: Buffer;
  etag: string;
}

/** The built explorer: its pages and the folder of its hashed assets. */
export interface ExplorerBuild {
  explorer: ExplorerPage;
  graphiql: ExplorerPage;
  assetsDir: string;
}

function readPage(file: string): ExplorerPage {
  const html = fs.readFileSync(file);
  // A tag of its own kind, so that it can never equal a JSON representation's `"r{revision}-..."` tag.
  return { html, etag: `"html-${createHash('sha256').update(html).digest('base64url').slice(0, 22)}"` };
}

/** Reads the build once; null when it was never built (the API then answers browsers as it answers programs). */
export function readExplorerBuild(dir: string = EXPLORER_BUILD_DIR): ExplorerBuild | null {
  const index = path.join(dir, 'index.html');
  const graphiql = path.join(dir, 'graphiql.html');
  if (!fs.existsSync(index) || !fs.existsSync(graphiql)) return null;
  return { explorer: readPage(index), graphiql: readPage(graphiql), assetsDir: path.join(dir, 'assets') };
}
