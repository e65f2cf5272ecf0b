// Builds the explorer and GraphiQL (web/) into dist/web with Vite. Plain .mjs so that it can run
// from postinstall and before `npm start`; `--if-stale` skips the build when dist/web is newer
// than every source file. Where web/ or Vite is absent (the Docker install stage, --omit=dev) it
// says so and leaves the build to `npm run build`.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const webDir = path.join(root, 'web');
const built = path.join(root, 'dist', 'web', 'index.html');
const vite = path.join(root, 'node_modules', 'vite', 'bin', 'vite.js');

function newestSource(dir) {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(file) : fs.statSync(file).mtimeMs);
  }
  return newest;
}

if (!fs.existsSync(webDir) || !fs.existsSync(vite)) {
  console.log('explorer: web/ or vite is not installed here; skipping its build');
  process.exit(0);
}
if (process.argv.includes('--if-stale') && fs.existsSync(built)) {
  const sources = Math.max(newestSource(webDir), fs.statSync(path.join(root, 'package-lock.json')).mtimeMs);
  if (fs.statSync(built).mtimeMs >= sources) process.exit(0);
}
// Always a production build: run from vitest's global setup the environment says NODE_ENV=test,
// which would make Vite bundle React's development build (StrictMode then runs effects twice).
const { status } = spawnSync(process.execPath, [vite, 'build', '--config', path.join(webDir, 'vite.config.ts')], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, NODE_ENV: 'production' },
});
process.exit(status ?? 1);
