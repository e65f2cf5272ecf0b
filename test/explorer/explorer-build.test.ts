import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PACKAGE_ROOT } from '../../src/package-root.js';

const ASSETS = path.join(PACKAGE_ROOT, 'dist', 'web', 'assets');

describe('the explorer build', () => {
  // The test run itself builds web/ when stale, with NODE_ENV=test in its environment: the build must
  // still bundle React's production build (the development one runs effects twice under StrictMode,
  // which once stole the first Tab from the skip link).
  it('bundles React for production, even when built from the test run', () => {
    const scripts = fs.readdirSync(ASSETS).filter((file) => file.endsWith('.js'));
    expect(scripts.length).toBeGreaterThan(0);
    const bundle = scripts.map((file) => fs.readFileSync(path.join(ASSETS, file), 'utf8')).join('\n');
    expect(bundle).toContain('createRoot');
    expect(bundle).not.toContain('Each child in a list should have a unique "key" prop');
  });
});
