import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSeed } from '../../src/seed/read-seed.js';

/** Tasks are what people ask when they need a resource; they feed search and /ask. */
const seed = readSeed(path.resolve(import.meta.dirname, '../../seed'));
const JAPANESE = /[\u3040-\u30ff\u3400-\u9fff]/;

describe('resource tasks', () => {
  it.each(seed.resources.map((r) => [r.name, r] as const))('%s lists 6 to 8 tasks, each in Japanese and English', (_name, r) => {
    expect(r.tasks.length).toBeGreaterThanOrEqual(6);
    expect(r.tasks.length).toBeLessThanOrEqual(8);
    for (const task of r.tasks) {
      expect(task.ja).toMatch(JAPANESE);
      expect(task.en).not.toMatch(JAPANESE);
    }
  });

  it('gives no two resources the same task', () => {
    const all = seed.resources.flatMap((r) => r.tasks.map((t) => t.en.toLowerCase()));
    expect(all.filter((t, i) => all.indexOf(t) !== i)).toEqual([]);
  });
});
