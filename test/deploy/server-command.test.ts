import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { productionServerArgs } from '../../bench/server-command.js';
import { PACKAGE_ROOT } from '../../src/package-root.js';

describe('the server command', () => {
  it('is the same in the image as in npm start (which the bench runs), V8 flags included', () => {
    const dockerfile = fs.readFileSync(path.join(PACKAGE_ROOT, 'Dockerfile'), 'utf8');
    const cmd = /^CMD (\[.*\])$/m.exec(dockerfile)?.[1];
    expect(cmd, 'the Dockerfile has an exec-form CMD').toBeDefined();
    expect(JSON.parse(cmd as string)).toEqual(['node', ...productionServerArgs()]);
    expect(productionServerArgs().at(-2)).toBe('dist/src/cli/main.js');
  });
});
