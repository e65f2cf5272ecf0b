import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../src/errors.js';
import { readSeed } from '../../src/seed/read-seed.js';

const SEED = path.resolve(import.meta.dirname, '../../seed');

function copySeed(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kubedex-seed-'));
  fs.cpSync(SEED, dir, { recursive: true });
  return dir;
}

function seedError(dir: string): AppError {
  try {
    readSeed(dir);
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('readSeed accepted a bad seed');
}

describe('readSeed', () => {
  it('accepts the committed seed', () => {
    const seed = readSeed(SEED);
    expect(seed.categories.map((c) => c.slug)).toEqual(['workloads', 'service', 'config-storage', 'cluster', 'metadata']);
    expect(seed.resources.length).toBeGreaterThan(0);
  });

  it('names file, path and reason for a bad field', () => {
    const dir = copySeed();
    const file = path.join(dir, 'resources/workloads/Deployment.yaml');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('namespaced: true', 'namespaced: maybe'));
    const error = seedError(dir);
    expect(error.code).toBe('SEED_INVALID');
    expect(error.issues).toContainEqual({ path: 'resources/workloads/Deployment.yaml: kubernetes.namespaced', message: expect.stringMatching(/boolean/i) });
  });

  it('reports broken YAML with its line', () => {
    const dir = copySeed();
    fs.writeFileSync(path.join(dir, 'relations/broken.yaml'), 'relations:\n  - from: [unclosed\n');
    expect(seedError(dir).issues[0]).toMatchObject({ path: 'relations/broken.yaml', message: expect.stringMatching(/not valid YAML at line \d+/) });
  });

  it('rejects a relation to a resource that does not exist', () => {
    const dir = copySeed();
    fs.writeFileSync(
      path.join(dir, 'relations/ghost.yaml'),
      'relations:\n  - { from: Deployment, kind: parent_of, to: Ghost, note: { ja: 幽霊, en: ghost } }\n',
    );
    expect(seedError(dir).issues).toContainEqual({ path: 'relations/ghost.yaml: relations.0: to', message: 'unknown resource Ghost' });
  });

  it('rejects a parent_of cycle', () => {
    const dir = copySeed();
    const other = path.join(dir, 'resources/workloads/Loop.yaml');
    fs.writeFileSync(
      other,
      fs.readFileSync(path.join(dir, 'resources/workloads/Deployment.yaml'), 'utf8')
        .replace('name: Deployment', 'name: Loop')
        .replace(/aliases:[\s\S]*?text:/, 'aliases: []\ntext:'),
    );
    fs.writeFileSync(
      path.join(dir, 'relations/loop.yaml'),
      'relations:\n  - { from: Deployment, kind: parent_of, to: Loop, note: { ja: a, en: a } }\n  - { from: Loop, kind: parent_of, to: Deployment, note: { ja: b, en: b } }\n',
    );
    expect(seedError(dir).issues.map((i) => i.message)).toContainEqual(expect.stringMatching(/parent_of forms a cycle/));
  });

  it('rejects an alias that already names another resource', () => {
    const dir = copySeed();
    const file = path.join(dir, 'resources/workloads/Deployment.yaml');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('{ name: Deployement, kind: misspelling }', '{ name: Deployement, kind: misspelling }\n  - { name: Categories, kind: other }'));
    fs.writeFileSync(
      path.join(dir, 'resources/workloads/Categories.yaml'),
      fs.readFileSync(file, 'utf8').replace('name: Deployment', 'name: Categories').replace(/aliases:[\s\S]*?text:/, 'aliases: []\ntext:'),
    );
    expect(seedError(dir).issues.map((i) => i.message)).toContainEqual('"categories" already names Categories');
  });

  it('rejects an alias that only respells its own resource, which would be rewritten on every seed run', () => {
    const dir = copySeed();
    const file = path.join(dir, 'resources/workloads/Deployment.yaml');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('{ name: Deployement, kind: misspelling }', '{ name: Deployement, kind: misspelling }\n  - { name: DEPLOY-MENT, kind: other }'));
    expect(seedError(dir).issues).toContainEqual({
      path: 'resources/workloads/Deployment.yaml: aliases.2',
      message: '"DEPLOY-MENT" is already reached by Deployment\'s name, a shortName or another alias',
    });
  });
});
