import fs from 'node:fs';
import path from 'node:path';
import { PACKAGE_ROOT } from '../src/package-root.js';

/**
 * The arguments Node runs the server with in production, as `npm start` runs it (its last command,
 * `node <flags> dist/src/cli/main.js serve`): the bench starts its server the same way, V8 flags
 * included, and the image's CMD is tested against it (test/deploy/server-command.test.ts).
 */
export function productionServerArgs(root = PACKAGE_ROOT): string[] {
  const { scripts } = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
  const last = scripts.start?.split('&&').at(-1)?.trim().split(/\s+/) ?? [];
  if (last[0] !== 'node' || last.at(-1) !== 'serve') throw new Error(`npm start does not end in "node … serve": ${scripts.start}`);
  return last.slice(1);
}
