// Compiles the server (src/) to dist/src with tsc, so that `npm start` and the image run plain
// JavaScript, not a TypeScript loader. Plain .mjs so that it can run from postinstall and before
// `npm start`; `--if-stale` skips the build when dist/src/cli/main.js is newer than every file of
// src/, tsconfig*.json and package-lock.json. Where TypeScript is absent (an install with
// --omit=dev) or src/ is not copied yet (the Docker install stage) it says so and does nothing.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const entry = path.join(root, 'dist', 'src', 'cli', 'main.js');
const tsc = path.join(root, 'node_modules', 'typescript', 'bin', 'tsc');

function newestSource(file) {
  const stat = fs.statSync(file);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const name of fs.readdirSync(file)) newest = Math.max(newest, newestSource(path.join(file, name)));
  return newest;
}

if (!fs.existsSync(path.join(root, 'src'))) {
  console.log('server: src/ is not here yet (the Docker install stage); `npm run build` compiles it');
  process.exit(0);
}
if (!fs.existsSync(tsc)) {
  console.log(`server: TypeScript is not installed here; ${fs.existsSync(entry) ? 'keeping dist/src as built' : 'run `npm run build` where it is'}`);
  process.exit(0);
}
if (process.argv.includes('--if-stale') && fs.existsSync(entry)) {
  const sources = Math.max(...['src', 'tsconfig.json', 'tsconfig.build.json', 'package-lock.json'].map((name) => newestSource(path.join(root, name))));
  if (fs.statSync(entry).mtimeMs >= sources) process.exit(0);
  console.log('server: sources changed since the last build; compiling');
}
const { status } = spawnSync(process.execPath, [tsc, '-p', path.join(root, 'tsconfig.build.json')], { cwd: root, stdio: 'inherit' });
// tsc leaves an unchanged file's output untouched: mark the build as done now.
if (status === 0) fs.utimesSync(entry, new Date(), new Date());
process.exit(status ?? 1);
